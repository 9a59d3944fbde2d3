import { ASSUMPTIONS } from '../assumptions';
import { metric, num, type MetricGroup } from './context';

/** Operations effort (h/month): the platform's hours per service × services, plus the monitoring's own. */
export const opsEffort: MetricGroup = ({ platform, pick, has }, earlier) => {
  const monitoring = pick('monitoring');
  const services = earlier.servicesToRun?.value;
  if (!platform || services === undefined || !monitoring) return {};
  const perService = platform.figures.opsHoursPerService.value;
  const template = has('deployment-template') ? ASSUMPTIONS.templateOpsShare.value : 1;
  const watch = num(monitoring, 'opsHours');
  const hours = perService * services * template + watch;
  return {
    opsHoursPerMonth: metric(hours, true, [], 'opsHoursPerMonth', { perService, services, template, watch }),
  };
};
