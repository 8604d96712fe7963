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

// Every request htmx makes carries the CSRF token from the page's meta tags, as Spring Security
// asks of any request that changes something (forms carry it as a hidden field already).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});
