// The desk's behaviour beyond the report's own script (/assets/report.js): "Copy as text"
// for flags, dropping a file on the check form, and a busy state while a check runs.
// The pages work without it.
(() => {
  'use strict';
  const d = document;

  function copied(button, ok) {
    const label = button.textContent;
    button.textContent = ok ? 'Copied' : 'Copy failed: select the text by hand';
    button.classList.toggle('done', ok);
    setTimeout(() => {
      button.textContent = label;
      button.classList.remove('done');
    }, 2000);
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    // Older browsers and non-secure origins: copy from a hidden text area.
    return new Promise((resolve, reject) => {
      const area = d.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'offscreen';
      d.body.append(area);
      area.select();
      const ok = d.execCommand('copy');
      area.remove();
      if (ok) resolve();
      else reject(new Error('copy refused'));
    });
  }

  d.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button.copy[data-copy]') : null;
    if (!button) return;
    copyText(button.dataset.copy).then(
      () => copied(button, true),
      () => copied(button, false),
    );
  });

  const form = d.querySelector('form[data-check-form]');
  if (!form) return;
  const zone = form.querySelector('[data-drop]');
  const input = form.querySelector('input[type=file]');
  const fileButton = form.querySelector('button[value=file]');

  form.addEventListener('submit', (event) => {
    const button = event.submitter;
    if (button) {
      button.dataset.label = button.textContent;
      button.textContent = 'Checking…';
    }
    form.classList.add('busy');
    form.setAttribute('aria-busy', 'true');
  });
  // Back from another page: the form is usable again.
  addEventListener('pageshow', () => {
    form.classList.remove('busy');
    form.removeAttribute('aria-busy');
    for (const b of form.querySelectorAll('button[data-label]')) b.textContent = b.dataset.label;
  });

  if (!zone || !input || !fileButton) return;
  const over = (on) => (event) => {
    if (!event.dataTransfer || ![...event.dataTransfer.types].includes('Files')) return;
    event.preventDefault();
    zone.classList.toggle('over', on);
  };
  d.addEventListener('dragenter', over(true));
  d.addEventListener('dragover', over(true));
  d.addEventListener('dragleave', (event) => {
    if (event.target === d.documentElement || event.target === zone) zone.classList.remove('over');
  });
  d.addEventListener('drop', (event) => {
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    zone.classList.remove('over');
    input.files = event.dataTransfer.files;
    form.requestSubmit(fileButton);
  });
})();
