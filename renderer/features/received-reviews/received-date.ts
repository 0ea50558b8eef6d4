import { localIsoDate } from '@shared/domain/dates';
import { formatDate } from '../../components/format-date';

/** The day of a stored timestamp, in the user's time zone: "Tue, Nov 10, 2026". */
export const dayOf = (isoDateTime: string) => formatDate(localIsoDate(new Date(isoDateTime)));
