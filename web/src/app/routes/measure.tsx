import { getRouteApi } from '@tanstack/react-router';
import { MeasurePage } from '@/features/measures/components/measure-page';

const route = getRouteApi('/authenticated/measures/$measureId');

export function MeasureRoute() {
  const { measureId } = route.useParams();
  return <MeasurePage measureId={measureId} />;
}
