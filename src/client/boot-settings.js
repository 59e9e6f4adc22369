// Saved reading settings onto <html> before the first paint: no flash of the wrong theme. A file,
// not inline, for the CSP. Reads what src/client/storage writes (store-data.ts: "lede.store",
// version 2); sets what features/settings/apply-settings.ts sets. Anything odd: the defaults.
(function () {
  var choices = {
    theme: ['data-theme', 'system', 'light', 'dark', 'sepia'],
    textSize: ['data-text-size', 'medium', 'small', 'large', 'x-large'],
    lineWidth: ['data-line-width', 'medium', 'narrow', 'wide'],
    font: ['data-font', 'serif', 'sans'],
  };
  var saved = {};
  try {
    var store = JSON.parse(window.localStorage.getItem('lede.store'));
    if (store && store.version === 2 && store.settings) saved = store.settings;
  } catch {
    // Blocked or damaged storage: the app reports it once it starts.
  }
  for (var key in choices) {
    var allowed = choices[key].slice(1);
    var value = allowed.indexOf(saved[key]) >= 0 ? saved[key] : allowed[0];
    document.documentElement.setAttribute(choices[key][0], value);
  }
})();
