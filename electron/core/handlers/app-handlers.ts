import type { AppInfo, Handlers } from '@shared/contract/contract';
import type { Workspace } from '../workspace';

export interface AppIdentity {
  host: AppInfo['host'];
  appVersion: string;
}

export function appHandlers(
  workspace: Workspace,
  { host, appVersion }: AppIdentity,
): Pick<Handlers, 'app-info' | 'portfolio-get' | 'sample-open' | 'sample-close'> {
  const appInfo = async (): Promise<AppInfo> => ({
    version: appVersion,
    host,
    dataDir: workspace.active().dir,
    workspace: workspace.kind,
    notice: workspace.notice,
    readOnly: workspace.readOnly,
  });
  return {
    'app-info': appInfo,
    'portfolio-get': async () => workspace.active().get(),
    'sample-open': async () => {
      await workspace.openSample();
      return appInfo();
    },
    'sample-close': async () => {
      await workspace.closeSample();
      return appInfo();
    },
  };
}
