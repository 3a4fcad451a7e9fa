interface CaseRecordProps {
  text: string;
  seriesPosition: { part: number; of: number } | null;
}

/** The record a question (or a series of them) is built on: scrollable, and reachable by keyboard. */
export function CaseRecord({ text, seriesPosition }: CaseRecordProps) {
  return (
    <section className="scenario" aria-label="Case record" tabIndex={0}>
      <p className="record-caption" aria-hidden="true">
        Case record{text.length > 900 ? ' (scroll to read it all)' : ''}
      </p>
      {seriesPosition && (
        <p className="series-note">
          Question {seriesPosition.part} of {seriesPosition.of} on this record
        </p>
      )}
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </section>
  );
}
