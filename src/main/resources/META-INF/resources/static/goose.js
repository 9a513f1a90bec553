// Every htmx request carries the page's anti-forgery token, as forms do in a hidden field.
document.addEventListener('htmx:configRequest', function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers['X-CSRF-Token'] = meta.content;
  }
});

// Search in one keystroke: "/" focuses the search box (call mode's first); arrows pick a result,
// Enter opens it: a page, or in call mode the script, loaded in place by htmx.
document.addEventListener('keydown', function (event) {
  var tag = document.activeElement ? document.activeElement.tagName : '';
  if (event.key === '/' && tag !== 'INPUT' && tag !== 'TEXTAREA' && tag !== 'SELECT') {
    var search = document.getElementById('call-search') || document.getElementById('search');
    if (search) {
      event.preventDefault();
      search.focus();
      search.select();
    }
  }
});

document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input[data-results]').forEach(function (search) {
    var results = document.querySelector(search.getAttribute('data-results'));
    var active = -1;
    function links() {
      return Array.prototype.slice.call(results.querySelectorAll('a'));
    }
    function mark(index) {
      links().forEach(function (link, i) {
        link.classList.toggle('active', i === index);
        if (i === index) {
          link.scrollIntoView({ block: 'nearest' });
        }
      });
      active = index;
    }
    document.body.addEventListener('htmx:afterSwap', function (event) {
      if (event.detail.target === results) {
        mark(links().length ? 0 : -1);
      }
    });
    search.addEventListener('keydown', function (event) {
      var all = links();
      if (event.key === 'ArrowDown' && all.length) {
        event.preventDefault();
        mark(Math.min(active + 1, all.length - 1));
      } else if (event.key === 'ArrowUp' && all.length) {
        event.preventDefault();
        mark(Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && all.length) {
        event.preventDefault();
        all[Math.max(active, 0)].click();
      } else if (event.key === 'Escape') {
        search.value = '';
        results.innerHTML = '';
      }
    });
  });
});

// A file chosen for a form is read into the text area it names, so the server sees plain text.
// It is decoded strictly, as the API decodes uploads: a file that is not UTF-8 is refused rather
// than filled in with replacement characters. A byte-order mark is dropped.
document.addEventListener('change', function (event) {
  var input = event.target;
  if (input.type === 'file' && input.dataset.fill && input.files.length) {
    var reader = new FileReader();
    reader.onload = function () {
      var target = document.querySelector(input.dataset.fill);
      try {
        target.value = new TextDecoder('utf-8', { fatal: true }).decode(reader.result);
        input.setCustomValidity('');
      } catch (notUtf8) {
        target.value = '';
        input.setCustomValidity('This file is not UTF-8 text. Save it as CSV UTF-8 and choose it again.');
      }
      input.reportValidity();
    };
    reader.readAsArrayBuffer(input.files[0]);
  }
});

// The deal board: drag a card onto another stage's column to move the deal there.
document.addEventListener('dragstart', function (event) {
  var card = event.target.closest ? event.target.closest('[data-deal]') : null;
  if (card) {
    event.dataTransfer.setData('text/plain', card.dataset.deal);
  }
});
document.addEventListener('dragover', function (event) {
  if (event.target.closest && event.target.closest('.column[data-stage]')) {
    event.preventDefault();
  }
});
document.addEventListener('drop', function (event) {
  var column = event.target.closest ? event.target.closest('.column[data-stage]') : null;
  var deal = event.dataTransfer.getData('text/plain');
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (!column || !deal || !meta) {
    return;
  }
  event.preventDefault();
  var body = new URLSearchParams({ stage: column.dataset.stage, _csrf: meta.content });
  fetch('/deals/' + deal + '/stage', { method: 'POST', body: body, credentials: 'same-origin' })
    .then(function (response) { window.location.href = response.ok ? response.url : '/deals/' + deal; });
});

// The pipeline form: with a script, arrows move a stage row up or down and renumber the order
// fields; without one, the order numbers alone set the order when the form is saved.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-stage-row] .reorder').forEach(function (arrows) { arrows.hidden = false; });
});
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-stage-row] [data-move]') : null;
  if (!button) {
    return;
  }
  var row = button.closest('[data-stage-row]');
  var body = row.parentNode;
  var rows = Array.prototype.slice.call(body.querySelectorAll('[data-stage-row]'));
  var other = rows[rows.indexOf(row) + (button.dataset.move === 'up' ? -1 : 1)];
  if (!other) {
    return;
  }
  // A row's problems sit in the table row after it, and travel with it.
  function errorsOf(r) {
    var next = r.nextElementSibling;
    return next && next.classList.contains('row-errors') ? next : null;
  }
  var errors = errorsOf(row);
  if (button.dataset.move === 'up') {
    body.insertBefore(row, other);
  } else {
    body.insertBefore(row, (errorsOf(other) || other).nextSibling);
  }
  if (errors) {
    body.insertBefore(errors, row.nextSibling);
  }
  body.querySelectorAll('[data-stage-row] input[name="order"]').forEach(function (input, i) { input.value = i + 1; });
  button.focus();
});

// An htmx form inside [data-swap-errors] shows a refusal (4xx) in place, as the server rendered it,
// instead of htmx's default of ignoring error responses; the status stays what it is.
document.addEventListener('htmx:beforeSwap', function (event) {
  var status = event.detail.xhr.status;
  var source = event.detail.elt || event.target;
  if (status >= 400 && status < 500 && source.closest && source.closest('[data-swap-errors]')) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// A statement prints as a page of its own: the print styles leave out navigation and forms.
document.addEventListener('click', function (event) {
  if (event.target.closest && event.target.closest('[data-print]')) {
    window.print();
  }
});
