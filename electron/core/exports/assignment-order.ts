// The order lives in shared/ so the app's list uses it too.
export { bySessionThenDue } from '@shared/domain/assignment-order';
