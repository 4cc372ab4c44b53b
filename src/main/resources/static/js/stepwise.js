// Marks the page as JavaScript-enabled for GOV.UK Frontend, then starts its components.
// Loaded as an external module: the Content-Security-Policy allows no inline script.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
