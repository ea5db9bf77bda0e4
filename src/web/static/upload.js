// MON-1: the progress of a long upload of realisaties. Without JavaScript the form posts as
// usual and the answer is the report; with it, the file is sent in the background, the bar shows
// how much has been sent, then that regie is checking and counting the rows, and the report
// replaces the page as it would have done.
'use strict';

document.querySelectorAll('form[data-voortgang]').forEach((form) => {
  const blok = document.getElementById(form.dataset.voortgang);
  const balk = blok.querySelector('progress');
  const tekst = blok.querySelector('[role="status"]');
  form.addEventListener('submit', (event) => {
    if (typeof FormData === 'undefined' || typeof XMLHttpRequest === 'undefined') return;
    event.preventDefault();
    const knop = form.querySelector('button[type="submit"]');
    knop.disabled = true;
    blok.hidden = false;
    balk.value = 0;
    tekst.textContent = 'Het bestand wordt verstuurd: 0 %.';
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', (e) => {
      if (!e.lengthComputable) return;
      const procent = Math.floor((e.loaded / e.total) * 100);
      balk.value = procent;
      tekst.textContent = `Het bestand wordt verstuurd: ${procent} %.`;
    });
    xhr.upload.addEventListener('load', () => {
      balk.removeAttribute('value');
      tekst.textContent = 'Het bestand is ontvangen; regie controleert en telt nu elke regel. Bij een groot bestand duurt dat even.';
    });
    xhr.addEventListener('load', () => {
      document.open();
      document.write(xhr.responseText);
      document.close();
    });
    xhr.addEventListener('error', () => {
      knop.disabled = false;
      balk.value = 0;
      tekst.textContent = 'Het versturen is mislukt. Er is niets opgeslagen; probeer het opnieuw.';
    });
    xhr.send(new FormData(form));
  });
});
