// Sends the CSRF token with every htmx request (forms carry it as a hidden field already).
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    e.detail.headers[header.content] = token.content;
  }
});

// On a comment's page: clicking one of the words that carried the sentiment puts it in the correction's phrase.
document.addEventListener('click', function (e) {
  var chip = e.target.closest ? e.target.closest('button[data-phrase]') : null;
  var field = document.getElementById('k-phrase');
  if (!chip || !field) { return; }
  field.value = chip.getAttribute('data-phrase');
  field.focus();
});
