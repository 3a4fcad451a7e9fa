import type { TrendPoint } from '../../domain/statistics';
import { formatDate } from '../../lib/format';

interface ScoreTrendChartProps {
  certification: string;
  points: TrendPoint[];
  passingPercent: number;
}

const WIDTH = 560;
const HEIGHT = 200;
const PAD = { left: 40, right: 16, top: 12, bottom: 28 };

/** One line per attempt's score over time, with the passing line; the figures also as text. */
export function ScoreTrendChart({ certification, points, passingPercent }: ScoreTrendChartProps) {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (points.length === 1 ? innerW / 2 : (innerW * i) / (points.length - 1));
  const y = (percent: number) => PAD.top + innerH - (innerH * percent) / 100;
  const first = points[0];
  const last = points[points.length - 1];
  const label =
    first && last
      ? `Score trend, ${certification} mock exams: ${points.length} ${points.length === 1 ? 'exam' : 'exams'}, ` +
        (points.length === 1
          ? `${first.percent}% on ${formatDate(first.at)}`
          : `from ${first.percent}% on ${formatDate(first.at)} to ${last.percent}% on ${formatDate(last.at)}`) +
        `; passing mark ${passingPercent}%.`
      : `Score trend, ${certification} mock exams: none finished yet.`;

  return (
    <figure className="trend">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="trend-chart"
        preserveAspectRatio="xMidYMid meet"
      >
        {[0, 50, 100].map((tick) => (
          <g key={tick} aria-hidden="true">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="grid" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="axis">
              {tick}%
            </text>
          </g>
        ))}
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(passingPercent)}
          y2={y(passingPercent)}
          className="pass-line"
        />
        <text x={WIDTH - PAD.right} y={y(passingPercent) - 5} textAnchor="end" className="axis">
          Pass {passingPercent}%
        </text>
        {points.length > 1 && (
          <polyline
            className="score-line"
            points={points.map((p, i) => `${x(i)},${y(p.percent)}`).join(' ')}
          />
        )}
        {points.map((p, i) => (
          <circle
            key={p.attemptId}
            cx={x(i)}
            cy={y(p.percent)}
            r={4.5}
            className={p.passed ? 'point passed' : 'point'}
          />
        ))}
        {first && (
          <text x={x(0)} y={HEIGHT - 8} textAnchor="start" className="axis">
            {formatDate(first.at)}
          </text>
        )}
        {last && points.length > 1 && (
          <text x={x(points.length - 1)} y={HEIGHT - 8} textAnchor="end" className="axis">
            {formatDate(last.at)}
          </text>
        )}
      </svg>
      <figcaption className="visually-hidden">
        <ul>
          {points.map((p) => (
            <li key={p.attemptId}>
              {formatDate(p.at)}: {p.percent}%, {p.passed ? 'passed' : 'not passed'}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
