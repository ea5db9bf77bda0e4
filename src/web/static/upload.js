// MON-1: the progress of a long upload of realisaties. Without JavaScript the form posts as
// usual and the answer is the report; with it, the file is sent in the background, the bar shows
// how much has been sent, then how far regie has come in checking and counting the rows (it asks
// GET /realisaties/voortgang/{token} twice a second, for the random token this upload sends), and
// the report replaces the page as it would have done.
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
    const token = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    let vragen = null;
    const stopVragen = () => {
      if (vragen !== null) clearInterval(vragen);
      vragen = null;
    };
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
      vragen = setInterval(() => {
        fetch(`/realisaties/voortgang/${token}`, { credentials: 'same-origin', cache: 'no-store' })
          .then((antwoord) => (antwoord.ok ? antwoord.json() : null))
          .then((stand) => {
            if (!stand || vragen === null) return;
            balk.value = stand.procent;
            tekst.textContent = `Het bestand is ontvangen; regie controleert en telt nu elke regel: ${stand.regels.toLocaleString('nl-NL')} regels, ${stand.procent} % van het bestand.`;
          })
          .catch(() => {});
      }, 500);
    });
    xhr.addEventListener('load', () => {
      stopVragen();
      // The server's own refusals (a file over its limit, a server that stops) are no page.
      if (!(xhr.getResponseHeader('Content-Type') || '').startsWith('text/html')) {
        knop.disabled = false;
        balk.value = 0;
        tekst.textContent = xhr.status === 413
          ? 'Het bestand is groter dan regie via deze pagina aanneemt. Er is niets opgeslagen; splits het bestand of lees het in met regie import realisaties.'
          : `Het inlezen is mislukt (HTTP ${xhr.status}). Er is niets opgeslagen; probeer het opnieuw.`;
        return;
      }
      document.open();
      document.write(xhr.responseText);
      document.close();
    });
    xhr.addEventListener('error', () => {
      stopVragen();
      knop.disabled = false;
      balk.value = 0;
      tekst.textContent = 'Het versturen is mislukt. Er is niets opgeslagen; probeer het opnieuw.';
    });
    // The token goes with the form, as a hidden field of it.
    let veld = form.querySelector('input[name="voortgang"]');
    if (!veld) {
      veld = document.createElement('input');
      veld.type = 'hidden';
      veld.name = 'voortgang';
      form.append(veld);
    }
    veld.value = token;
    xhr.send(new FormData(form));
  });
});
