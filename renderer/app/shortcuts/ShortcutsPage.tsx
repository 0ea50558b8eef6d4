import { Page } from '../../components/Page';
import { goToItems } from '../nav-groups';
import { useNavGroups } from '../use-nav-groups';
import { ShortcutSections } from './ShortcutSections';
import { shortcutStrings as text } from './strings';

/** The shortcuts as a page of their own: where the desktop app's Help → Keyboard Shortcuts leads. */
export function ShortcutsPage() {
  return (
    <Page title={text.title}>
      <p className="lead">{text.intro}</p>
      <ShortcutSections level={2} goTo={goToItems(useNavGroups())} />
    </Page>
  );
}
