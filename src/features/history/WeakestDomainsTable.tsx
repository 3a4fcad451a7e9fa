import type { DomainStanding } from '../../domain/statistics';

/** The domains with the lowest accuracy over recent attempts, per certification. */
export function WeakestDomainsTable({ rows }: { rows: DomainStanding[] }) {
  if (rows.length === 0) {
    return <p>Weakest domains appear once you have finished a mock exam or a drill.</p>;
  }
  return (
    <table className="weakest">
      <caption>Weakest domains</caption>
      <thead>
        <tr>
          <th scope="col">Certification</th>
          <th scope="col">Domain</th>
          <th scope="col">Correct</th>
          <th scope="col">Questions</th>
          <th scope="col">Percent</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.certification}-${row.domainId}`}>
            <td>{row.certification}</td>
            <th scope="row">{row.name}</th>
            <td>{row.correct}</td>
            <td>{row.total}</td>
            <td>{row.percent}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
