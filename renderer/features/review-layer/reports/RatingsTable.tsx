import { RATING_LABELS } from '@shared/review/rating-scale';
import type { AreaRating } from '@shared/review/review-layer';
import { reviewLayerStrings } from '../strings';

export interface RatingsTableProps {
  ratings: readonly AreaRating[];
  areaTitle: (areaId: string) => string;
}

const text = reviewLayerStrings;

/** Each candidate area's rating and note, as a table (on screen and on paper). */
export function RatingsTable({ ratings, areaTitle }: RatingsTableProps) {
  return (
    <table className="report-ratings">
      <thead>
        <tr>
          <th scope="col">{text.print.area}</th>
          <th scope="col">{text.print.rating}</th>
          <th scope="col">{text.print.note}</th>
        </tr>
      </thead>
      <tbody>
        {ratings.map((rating) => (
          <tr key={rating.areaId}>
            <th scope="row">{areaTitle(rating.areaId)}</th>
            <td>
              {rating.level === null
                ? text.reports.notRated
                : `${rating.level} · ${RATING_LABELS[rating.level]}`}
            </td>
            <td className="review-text-block">{rating.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
