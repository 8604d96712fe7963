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

// progress: feedback on long work. Forms and download links with data-progress="#region" write into
// that live region (see templates/progress.html) how far the work has come; the rest of the page
// stays usable meanwhile. Without JavaScript the forms post and the links download as plain HTML.
// The texts are the region's data-text-* attributes, in the page's language.
(function () {
  function region(element) {
    var selector = element.getAttribute('data-progress');
    var found = selector ? document.querySelector(selector) : null;
    return found && {
      bar: found.querySelector('progress'),
      text: found.querySelector('.pejling-progress-text'),
      region: found
    };
  }

  // The region's text of that name, with {0} filled in.
  function text(status, name, argument) {
    var pattern = status.region.getAttribute('data-text-' + name) || '';
    return pattern.replace('{0}', argument === undefined ? '' : argument);
  }

  function say(status, text, percent) {
    if (percent === null) {
      status.bar.hidden = true;
    } else {
      status.bar.hidden = false;
      if (percent === undefined) {
        status.bar.removeAttribute('value'); // indeterminate: the server is working, how long is unknown
      } else {
        status.bar.value = percent;
      }
    }
    if (status.text.textContent !== text) {
      status.text.textContent = text;
    }
  }

  // Uploads sent by htmx: the percentage sent, then that the server checks and saves.
  document.addEventListener('htmx:beforeSend', function (event) {
    var form = event.detail.elt;
    var status = form.hasAttribute && form.hasAttribute('data-progress') && region(form);
    if (!status) {
      return;
    }
    var spoken = -1;
    say(status, text(status, 'sending', 0), 0);
    var upload = event.detail.xhr.upload;
    if (!upload) {
      return;
    }
    upload.addEventListener('progress', function (progress) {
      if (!progress.lengthComputable || progress.total === 0) {
        return;
      }
      var percent = Math.floor(progress.loaded * 100 / progress.total);
      status.bar.value = percent;
      // Spoken in steps of ten, so a screen reader is not flooded with numbers.
      if (Math.floor(percent / 10) !== spoken && percent < 100) {
        spoken = Math.floor(percent / 10);
        say(status, text(status, 'sending', percent), percent);
      }
    });
    upload.addEventListener('load', function () {
      say(status, text(status, 'checking'));
    });
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.detail.elt;
    var status = form.hasAttribute && form.hasAttribute('data-progress') && region(form);
    if (!status) {
      return;
    }
    if (event.detail.successful) {
      // Emptied: the result swapped in above the form speaks for itself (an alert, or a status).
      say(status, '', null);
    } else if (event.detail.xhr && event.detail.xhr.status) {
      say(status, text(status, 'server-error', event.detail.xhr.status), null);
    } else {
      say(status, text(status, 'connection-lost'), null);
    }
  });

  // The server's name for the file, from Content-Disposition (filename* first, as RFC 6266 says).
  function fileName(response, href) {
    var header = response.headers.get('Content-Disposition') || '';
    var extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
    if (extended) {
      try {
        return decodeURIComponent(extended[1]);
      } catch (e) { /* fall through to the plain name */ }
    }
    var plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
    return plain ? plain[1] : href.split('?')[0].split('/').pop();
  }

  // An error whose message is for the user (any other is a failed connection).
  function told(message) {
    var error = new Error(message);
    error.told = true;
    return error;
  }

  // Downloads: written while the user waits, so the page says so until the file arrives.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-progress]');
    if (!link || !window.fetch || !window.URL || event.defaultPrevented || event.button !== 0
        || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var status = region(link);
    if (!status) {
      return;
    }
    event.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') {
      return; // already on its way
    }
    link.setAttribute('aria-busy', 'true');
    say(status, text(status, 'writing'));
    fetch(link.href, { credentials: 'same-origin' })
      .then(function (response) {
        if (response.redirected && /\/login/.test(response.url)) {
          throw told(text(status, 'signed-out'));
        }
        if (!response.ok) {
          throw told(text(status, 'document-error', response.status));
        }
        var name = fileName(response, link.href);
        return response.blob().then(function (blob) {
          var url = URL.createObjectURL(blob);
          var save = document.createElement('a');
          save.href = url;
          save.download = name;
          save.hidden = true;
          document.body.appendChild(save);
          save.click();
          save.remove();
          // Revoked later, not at once: the browser may still be reading it when click() returns.
          setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
          say(status, text(status, 'fetched', name), null);
        });
      })
      .catch(function (error) {
        say(status, error && error.told ? error.message : text(status, 'document-connection-lost'), null);
      })
      .then(function () {
        link.removeAttribute('aria-busy');
      });
  });
}());
