import type { BankSummary } from '../../domain/bank-summary';
import { formatDateTime } from '../../lib/format';

/** Every bank the app can draw from: the built-in ones, then those imported here. */
export function InstalledBanksTable({ banks }: { banks: readonly BankSummary[] }) {
  return (
    <table className="banks-table">
      <caption>Installed banks</caption>
      <thead>
        <tr>
          <th scope="col">Certification</th>
          <th scope="col">Title</th>
          <th scope="col">Version</th>
          <th scope="col">Questions</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {banks.map((bank) => (
          <tr key={`${bank.origin}-${bank.id}`}>
            <td>{bank.certification}</td>
            <td>{bank.title}</td>
            <td>{bank.version}</td>
            <td>{bank.questionCount}</td>
            <td>
              {bank.origin === 'built-in'
                ? 'Built-in'
                : `Imported ${formatDateTime(bank.installedAt)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
