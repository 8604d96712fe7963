// Initialises Det Fælles Designsystem once for the page and then once per fragment that htmx
// swaps in, never twice on the same content (a second init makes every toggle fire twice).
document.addEventListener('DOMContentLoaded', function () {
  if (window.htmx && window.DKFDS) {
    window.htmx.onLoad(function (element) {
      if (element === document.body) {
        window.DKFDS.init();
      } else {
        window.DKFDS.init({ scope: element });
      }
    });
  } else if (window.DKFDS) {
    window.DKFDS.init();
  }
});

// htmx requests carry the CSRF token from the page's meta tags, like the forms do in a hidden field.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});
