import { render } from 'preact';
import { Options } from './Options';
import { t, uiLanguage } from '../shared/i18n';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
