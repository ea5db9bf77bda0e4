// The steps of the contract test (prism.test.mjs): one or more per operation of the document, in
// an order in which each finds what it needs (create before read, change and delete). A step
// sends its request as each role of the test (opdrachtgever first, then beheerder); an
// operation with a body gets a body the server must refuse ('ongeldig': it matches the
// document's schema, so Prism lets it through, but breaks a rule of the server) and then a valid
// one ('geldig'). `verwacht` gives per role the status, or [status ongeldig, status geldig].
//
// The demo regio (service/demo_service.cpp) as of REGIE_KLOK: the opdrachtgever is Pieter de
// Boer of Gemeente Beekdal, with a zelfbeoordeling of 2026; opdracht "Toezicht asbest Beekdal
// 2027" (maatwerk, aanvaard) has versions 1 and 2 and an open wijzigingsverzoek of the
// opdrachtnemer; the collective programme of Rivierhoven has an open signaal.

const ids = {};

const lijst = (antwoord, naam) => antwoord.json?._embedded?.[naam] ?? [];

// The ETag of `pad`, read as beheerder (through Prism as well).
function etagVan(pad) {
  return async ({ stuur, waarden, rol }) => {
    const p = typeof pad === 'function' ? pad({ waarden, rol }) : pad;
    return (await stuur('beheerder', 'GET', p)).headers.get('etag') ?? '"0"';
  };
}

// The id of a new object (201) per role, for the steps after it.
// GOV-6: [vertegenwoordiger, vertegenwoordigde] of the mandaat each role records: the
// opdrachtgever only for its own gemeente.
function mandaatVan(rol) {
  return rol === 'opdrachtgever'
    ? [ids['Gemeente Polderveen'], ids['Gemeente Beekdal']]
    : [ids['Gemeente Zandhorst'], ids['Gemeente Polderveen']];
}

// The writable part of an opdracht as the API returns it (OpdrachtInvoer).
function invoerVan(opdracht) {
  const alleenLezen = ['id', 'regioId', 'status', 'inhoudsversie', 'totaalBedrag', 'totaalUren',
    'versie', 'controle', 'mogelijkeStappen', 'namens', '_links'];
  return Object.fromEntries(Object.entries(opdracht ?? {}).filter(([k]) => !alleenLezen.includes(k)));
}

function bewaar(naam) {
  return ({ rol, soort, antwoord }) => {
    if (soort === 'geldig' && antwoord.status === 201 && antwoord.json) {
      ids[`${naam}_${rol}`] = antwoord.json.id;
    }
  };
}
// The object a role made itself, or else the one the other role made.
const eigen = (naam, rol) => ids[`${naam}_${rol}`] ?? ids[`${naam}_beheerder`] ?? ids[`${naam}_opdrachtgever`] ?? 999999;

// An opdracht with every part in order (OPD-1), so that it can be offered.
function volledigeOpdracht(titel, jaar) {
  return {
    titel,
    jaar,
    opdrachtgeverId: ids['Gemeente Beekdal'],
    aanleiding: 'De regionale uitvoerings- en handhavingsstrategie 2027-2030 is vastgesteld.\nDeze opdracht voert haar uit.',
    scope: 'Alle milieutaken van het basistakenpakket; bouwtaken vallen erbuiten.',
    doel: 'In 2027 is 95% van de vergunningen binnen de wettelijke termijn verleend.',
    activiteiten: 'Vergunningverlening, toezicht en handhaving bij 1.200 bedrijven.',
    resultaat: 'Een jaarverslag met de bereikte doelen en geleverde producten.',
    sturingsvorm: 'Sturing via de accountmanager; maandelijks overleg.',
    monitoring: 'Per kwartaal een voortgangsrapportage; afsluiting met een evaluatie.',
    governance: 'Het AB stelt vast; de opdrachtgevers sturen.',
    planning: [{ omschrijving: 'Start', datum: '2027-01-04' }, { omschrijving: 'Halfjaarrapportage', datum: '2027-07-15' }],
    bemensing: [{ rol: 'Toezichthouder', uren: 3200, persoonId: null }],
    financien: [{ jaar: 2027, bedrag: 123456789, omschrijving: 'Bijdrage' }],
    stakeholders: [{ naam: 'Provincie Voorbeeldland', rol: 'Bevoegd gezag BRZO', organisatieId: null, persoonId: null }],
    risicos: [{ omschrijving: 'Krapte aan toezichthouders', kans: 'hoog', impact: 'middel', beheersmaatregel: 'Inhuur via raamcontract', eigenaar: 'Directie' }],
  };
}

// Each role takes one member out of the projectgroep and puts it back: the opdrachtgever the
// one of its own organisation.
const lidVan = { opdrachtgever: 'Gemeente Beekdal', beheerder: 'Gemeente Dijkstede' };

export const scenario = [
  // What the later steps need.
  {
    operatie: 'listRegios',
    methode: 'GET',
    verzoek: () => ({ pad: '/regios' }),
    na: ({ antwoord }) => {
      ids.regio = lijst(antwoord, 'regios')[0]?.id;
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'listOrganisaties',
    methode: 'GET',
    verzoek: () => ({ pad: '/organisaties?paginaGrootte=100&sorteer=naam' }),
    na: ({ antwoord }) => {
      for (const o of lijst(antwoord, 'organisaties')) ids[o.naam] = o.id;
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'getOpenapi',
    methode: 'GET',
    verzoek: () => ({ pad: '/openapi.json' }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  // The operations of Register (GOV-1..GOV-3).
  {
    operatie: 'getRegio',
    methode: 'GET',
    verzoek: () => ({ pad: `/regios/${ids.regio}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putRegio',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(() => `/regios/${ids.regio}`),
    verzoek: ({ soort }) => ({
      pad: `/regios/${ids.regio}`,
      body: {
        naam: soort === 'geldig' ? 'Omgevingsdienst Regio Voorbeeld' : '   ',
        gemeenschappelijkeRegeling: 'Gemeenschappelijke regeling Omgevingsdienst Regio Voorbeeld',
        minimumUrenAmbtelijkOpdrachtgever: 450,
      },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 200] },
  },
  {
    operatie: 'postOrganisatie',
    methode: 'POST',
    body: true,
    verzoek: ({ soort, rol }) => ({
      pad: '/organisaties',
      body: { naam: soort === 'geldig' ? `Gemeente Contract ${rol}` : '', soort: 'gemeente', inwonertal: 12000 },
    }),
    na: bewaar('organisatie'),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'getOrganisatie',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/organisaties/${eigen('organisatie', rol)}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putOrganisatie',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(({ rol }) => `/organisaties/${eigen('organisatie', rol)}`),
    verzoek: ({ soort, rol }) => ({
      pad: `/organisaties/${eigen('organisatie', rol)}`,
      body: { naam: 'Gemeente Contract', soort: 'gemeente', inwonertal: soort === 'geldig' ? 13000 : -1 },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 200] },
  },
  {
    operatie: 'listDeelnemerschappen',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/organisaties/${eigen('organisatie', rol)}/deelnemerschappen` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postDeelnemerschap',
    methode: 'POST',
    body: true,
    verzoek: ({ soort, rol }) => ({
      pad: `/organisaties/${eigen('organisatie', rol)}/deelnemerschappen`,
      body: soort === 'geldig'
        ? { relatie: 'deelnemer', van: '2030-01-01', tot: null }
        : { relatie: 'deelnemer', van: '2030-01-01', tot: '2029-12-31' },
    }),
    na: bewaar('deelnemerschap'),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'deleteDeelnemerschap',
    methode: 'DELETE',
    verzoek: ({ rol }) => ({
      pad: `/organisaties/${eigen('organisatie', rol)}/deelnemerschappen/${eigen('deelnemerschap', rol)}`,
    }),
    verwacht: { opdrachtgever: 403, beheerder: 204 },
  },
  {
    operatie: 'listPersonen',
    methode: 'GET',
    verzoek: () => ({ pad: '/personen?sorteer=-naam&paginaGrootte=5' }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postPersoon',
    methode: 'POST',
    body: true,
    verzoek: ({ soort, rol }) => ({
      pad: '/personen',
      body: {
        naam: `Contract ${rol}`,
        organisatieId: ids['Gemeente Beekdal'],
        email: soort === 'geldig' ? 'contract@beekdal.example' : 'geen e-mailadres',
        functie: 'Adviseur',
      },
    }),
    na: bewaar('persoon'),
    verwacht: { opdrachtgever: [400, 201], beheerder: [400, 201] },
  },
  {
    operatie: 'getPersoon',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/personen/${eigen('persoon', rol)}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putPersoon',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(({ rol }) => `/personen/${eigen('persoon', rol)}`),
    verzoek: ({ soort, rol }) => ({
      pad: `/personen/${eigen('persoon', rol)}`,
      body: { naam: soort === 'geldig' ? `Contract ${rol} gewijzigd` : '', organisatieId: ids['Gemeente Beekdal'] },
    }),
    verwacht: { opdrachtgever: [400, 200], beheerder: [400, 200] },
  },
  {
    operatie: 'listRollen',
    methode: 'GET',
    verzoek: () => ({ pad: `/rollen?organisatieId=${ids['Gemeente Beekdal']}&peildatum=2026-12-01&sorteer=van` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postRol',
    methode: 'POST',
    body: true,
    verzoek: ({ soort, rol }) => ({
      pad: '/rollen',
      body: {
        persoonId: eigen('persoon', rol),
        organisatieId: ids['Gemeente Beekdal'],
        soort: 'beleidsadviseur',
        van: '2026-01-01',
        tot: soort === 'geldig' ? '2027-12-31' : '2025-12-31',
        urenPerJaar: 120,
      },
    }),
    na: bewaar('rol'),
    verwacht: { opdrachtgever: [400, 201], beheerder: [400, 201] },
  },
  {
    operatie: 'getRol',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/rollen/${eigen('rol', rol)}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putRol',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(({ rol }) => `/rollen/${eigen('rol', rol)}`),
    verzoek: ({ soort, rol }) => ({
      pad: `/rollen/${eigen('rol', rol)}`,
      body: {
        persoonId: eigen('persoon', rol),
        organisatieId: ids['Gemeente Beekdal'],
        soort: 'beleidsadviseur',
        van: '2026-01-01',
        urenPerJaar: soort === 'geldig' ? 160 : 5000,
      },
    }),
    verwacht: { opdrachtgever: [400, 200], beheerder: [400, 200] },
  },
  {
    operatie: 'deleteRol',
    methode: 'DELETE',
    ifMatch: etagVan(({ rol }) => `/rollen/${eigen('rol', rol)}`),
    verzoek: ({ rol }) => ({ pad: `/rollen/${eigen('rol', rol)}` }),
    verwacht: { opdrachtgever: 204, beheerder: 204 },
  },
  {
    operatie: 'deletePersoon',
    methode: 'DELETE',
    ifMatch: etagVan(({ rol }) => `/personen/${eigen('persoon', rol)}`),
    verzoek: ({ rol }) => ({ pad: `/personen/${eigen('persoon', rol)}` }),
    verwacht: { opdrachtgever: 204, beheerder: 204 },
  },
  {
    operatie: 'deleteOrganisatie',
    methode: 'DELETE',
    ifMatch: etagVan(({ rol }) => `/organisaties/${eigen('organisatie', rol)}`),
    verzoek: ({ rol }) => ({ pad: `/organisaties/${eigen('organisatie', rol)}` }),
    verwacht: { opdrachtgever: 403, beheerder: 204 },
  },
  // The operations of Governance (GOV-6, GOV-8, GOV-9).
  {
    operatie: 'listBevindingen',
    methode: 'GET',
    verzoek: ({ rol }) => ({
      pad: `/regios/${ids.regio}/bevindingen?peildatum=2026-12-01${rol === 'opdrachtgever' ? `&organisatieId=${ids['Gemeente Beekdal']}` : ''}`,
    }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'listVertegenwoordigingen',
    methode: 'GET',
    verzoek: () => ({ pad: '/vertegenwoordigingen?pagina=1&paginaGrootte=10' }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postVertegenwoordiging',
    methode: 'POST',
    body: true,
    verzoek: ({ soort, rol }) => {
      // The mandaat is the vertegenwoordigde's (decision 11): Beekdal's opdrachtgever records
      // Polderveen as Beekdal's representative; invalid: an organisatie representing itself.
      const [vertegenwoordiger, vertegenwoordigde] = mandaatVan(rol);
      return {
        pad: '/vertegenwoordigingen',
        body: {
          opdrachtgeverId: soort === 'geldig' ? vertegenwoordiger : vertegenwoordigde,
          vertegenwoordigdeId: vertegenwoordigde,
          mandaatScope: 'Contracttest',
          mandaatVan: '2026-01-01',
          mandaatTot: null,
        },
      };
    },
    na: bewaar('vertegenwoordiging'),
    verwacht: { opdrachtgever: [400, 201], beheerder: [400, 201] },
  },
  {
    operatie: 'getVertegenwoordiging',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/vertegenwoordigingen/${eigen('vertegenwoordiging', rol)}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putVertegenwoordiging',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(({ rol }) => `/vertegenwoordigingen/${eigen('vertegenwoordiging', rol)}`),
    verzoek: ({ soort, rol }) => ({
      pad: `/vertegenwoordigingen/${eigen('vertegenwoordiging', rol)}`,
      body: {
        opdrachtgeverId: mandaatVan(rol)[0],
        vertegenwoordigdeId: mandaatVan(rol)[1],
        mandaatScope: 'Contracttest, gewijzigd',
        mandaatVan: '2026-01-01',
        mandaatTot: soort === 'geldig' ? '2027-12-31' : '2025-12-31',
      },
    }),
    verwacht: { opdrachtgever: [400, 200], beheerder: [400, 200] },
  },
  {
    operatie: 'deleteVertegenwoordiging',
    methode: 'DELETE',
    ifMatch: etagVan(({ rol }) => `/vertegenwoordigingen/${eigen('vertegenwoordiging', rol)}`),
    verzoek: ({ rol }) => ({ pad: `/vertegenwoordigingen/${eigen('vertegenwoordiging', rol)}` }),
    verwacht: { opdrachtgever: 204, beheerder: 204 },
  },
  {
    operatie: 'getProjectgroep',
    methode: 'GET',
    verzoek: () => ({ pad: `/regios/${ids.regio}/projectgroep` }),
    na: ({ antwoord }) => {
      if (!antwoord.json) return;
      ids.regisseur = antwoord.json.regisseurPersoonId;
      for (const lid of antwoord.json.leden) ids[`lid_${lid.organisatieId}`] = lid;
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putProjectgroep',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(() => `/regios/${ids.regio}/projectgroep`),
    verzoek: ({ soort }) => ({
      pad: `/regios/${ids.regio}/projectgroep`,
      body: { regisseurPersoonId: soort === 'geldig' ? ids.regisseur : 0 },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 200] },
  },
  {
    operatie: 'deleteProjectgroepLid',
    methode: 'DELETE',
    verzoek: ({ rol }) => ({ pad: `/regios/${ids.regio}/projectgroep/leden/${ids[`lid_${ids[lidVan[rol]]}`]?.id}` }),
    verwacht: { opdrachtgever: 204, beheerder: 204 },
  },
  {
    operatie: 'postProjectgroepLid',
    methode: 'POST',
    body: true,
    verzoek: ({ soort, rol }) => {
      const lid = ids[`lid_${ids[lidVan[rol]]}`];
      return {
        pad: `/regios/${ids.regio}/projectgroep/leden`,
        body: { persoonId: soort === 'geldig' ? lid?.persoonId : 0, organisatieId: lid?.organisatieId },
      };
    },
    verwacht: { opdrachtgever: [400, 201], beheerder: [400, 201] },
  },
  // The operations of Competenties (COMP-1).
  {
    operatie: 'listCompetenties',
    methode: 'GET',
    verzoek: () => ({ pad: '/competenties' }),
    na: ({ antwoord }) => {
      for (const p of lijst(antwoord, 'profielen')) ids[`profiel_${p.profiel}`] = p.competenties.map((c) => c.code);
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'listZelfbeoordelingen',
    methode: 'GET',
    verzoek: () => ({ pad: '/zelfbeoordelingen' }),
    na: ({ rol, antwoord }) => {
      if (rol === 'opdrachtgever') ids.zelfbeoordeling = lijst(antwoord, 'zelfbeoordelingen')[0]?.id;
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postZelfbeoordeling',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: '/zelfbeoordelingen',
      body: {
        jaar: 2027,
        profiel: 'opdrachtgever',
        scores: (ids.profiel_opdrachtgever ?? [])
          .slice(soort === 'geldig' ? 0 : 1)
          .map((competentie) => ({ competentie, score: 4, toelichting: 'Contracttest' })),
      },
    }),
    verwacht: { opdrachtgever: [400, 201], beheerder: [403, 403] },
  },
  {
    operatie: 'getZelfbeoordeling',
    methode: 'GET',
    verzoek: () => ({ pad: `/zelfbeoordelingen/${ids.zelfbeoordeling}` }),
    verwacht: { opdrachtgever: 200, beheerder: 404 },
  },
  {
    operatie: 'putZelfbeoordeling',
    methode: 'PUT',
    body: true,
    ifMatch: async ({ stuur }) =>
      (await stuur('opdrachtgever', 'GET', `/zelfbeoordelingen/${ids.zelfbeoordeling}`)).headers.get('etag'),
    verzoek: ({ soort }) => ({
      pad: `/zelfbeoordelingen/${ids.zelfbeoordeling}`,
      body: {
        scores: (ids.profiel_opdrachtgever ?? []).map((competentie) => ({
          competentie,
          score: 3,
          toelichting: soort === 'geldig' ? 'Bijgesteld' : 'x'.repeat(2001),
        })),
      },
    }),
    verwacht: { opdrachtgever: [400, 200], beheerder: [404, 404] },
  },
  {
    operatie: 'getCompetentieOverzicht',
    methode: 'GET',
    verzoek: () => ({ pad: `/regios/${ids.regio}/competentie-overzicht?jaar=2026` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  // The operations of Beleidscyclus (B8).
  {
    operatie: 'getBeleidscyclus',
    methode: 'GET',
    verzoek: () => ({ pad: `/regios/${ids.regio}/beleidscyclus` }),
    na: ({ antwoord }) => {
      for (const s of lijst(antwoord, 'stappen')) ids[`stap_${s.code}`] = s.id;
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'getCyclusstap',
    methode: 'GET',
    verzoek: () => ({ pad: `/regios/${ids.regio}/beleidscyclus/stappen/${ids.stap_operationeel_beleidskader}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putCyclusstap',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(() => `/regios/${ids.regio}/beleidscyclus/stappen/${ids.stap_planning_en_control}`),
    verzoek: ({ soort }) => ({
      pad: `/regios/${ids.regio}/beleidscyclus/stappen/${ids.stap_planning_en_control}`,
      body: {
        naam: 'Planning en control',
        volgorde: 4,
        periode: soort === 'geldig' ? '2027' : '2027-2030',
        status: 'bezig',
        geplandBegin: '2026-09-01',
        geplandEind: '2026-12-17',
        redenPlanwijziging: 'Het AB vergadert op 17 december', // B8-4
        werkelijkBegin: '2026-09-01',
        werkelijkEind: null,
        eigenaarPersoonId: null,
      },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 200] },
  },
  {
    operatie: 'postCyclusdocument',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: `/regios/${ids.regio}/beleidscyclus/stappen/${ids.stap_operationeel_beleidskader}/documenten`,
      body: {
        titel: 'Contractdocument',
        link: soort === 'geldig' ? 'https://voorbeeld.nl/kader.pdf' : 'ftp://voorbeeld.nl',
        soort: 'bijdrage', // B8-4: the opdrachtgever contributes
      },
    }),
    verwacht: { opdrachtgever: [400, 201], beheerder: [400, 201] },
  },
  {
    operatie: 'postCyclusbesluit',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: `/regios/${ids.regio}/beleidscyclus/stappen/${ids.stap_operationeel_beleidskader}/besluiten`,
      body: { tekst: soort === 'geldig' ? 'Vastgesteld door het DB' : ' ', datum: '2026-11-30' },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'postHeropening',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: `/regios/${ids.regio}/beleidscyclus/stappen/${soort === 'geldig' ? ids.stap_doelen_en_prioriteiten : ids.stap_uitvoering}/heropeningen`,
      body: { reden: 'Nieuwe prioriteiten na de evaluatie', geplandEind: '2027-03-31' },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'listEvaluatieconclusies',
    methode: 'GET',
    verzoek: () => ({ pad: `/regios/${ids.regio}/beleidscyclus/evaluatieconclusies` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postEvaluatieconclusie',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: `/regios/${ids.regio}/beleidscyclus/evaluatieconclusies`,
      body: {
        tekst: 'Meer toezicht op asbest',
        datum: '2026-11-30',
        raaktStapId: ids.stap_strategisch_beleidskader,
        raaktPeriode: soort === 'geldig' ? '2031-2034' : '2031',
      },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  // The operations of Opdrachten (OPD-1..OPD-4).
  {
    operatie: 'listOpdrachten',
    methode: 'GET',
    verzoek: () => ({ pad: '/opdrachten?jaar=2027&status=aanvaard' }),
    na: ({ rol, antwoord }) => {
      if (rol !== 'beheerder') return;
      for (const o of lijst(antwoord, 'opdrachten')) {
        if (o.soort === 'maatwerk') ids.maatwerk = o.id;
        if (o.soort === 'collectief') ids.programma = o.id;
      }
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postOpdracht',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: '/opdrachten',
      body: volledigeOpdracht('Contracttest', soort === 'geldig' ? 2027 : 1999),
    }),
    na: bewaar('opdracht'),
    verwacht: { opdrachtgever: [400, 201], beheerder: [403, 403] },
  },
  {
    operatie: 'getOpdracht',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/opdrachten/${eigen('opdracht', rol)}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putOpdracht',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(({ rol }) => `/opdrachten/${eigen('opdracht', rol)}`),
    verzoek: ({ soort, rol }) => ({
      pad: `/opdrachten/${eigen('opdracht', rol)}`,
      body: volledigeOpdracht(soort === 'geldig' ? 'Contracttest, bijgesteld' : '', 2027),
    }),
    verwacht: { opdrachtgever: [400, 200], beheerder: [403, 403] },
  },
  {
    operatie: 'listOvergangen',
    methode: 'GET',
    verzoek: () => ({ pad: `/opdrachten/${ids.maatwerk}/overgangen` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postOvergang',
    methode: 'POST',
    body: true,
    ifMatch: etagVan(({ rol }) => `/opdrachten/${eigen('opdracht', rol)}`),
    verzoek: ({ soort, rol }) => ({
      pad: `/opdrachten/${eigen('opdracht', rol)}/overgangen`,
      body: { stap: soort === 'geldig' ? 'aanbieden' : 'herzien', reden: '' },
    }),
    // Who may take a step comes before the step (decision 4): the beheerder has no side.
    verwacht: { opdrachtgever: [409, 201], beheerder: [403, 403] },
  },
  // The operations of the interne afstemming (OPD-8): the demo's maatwerk has one; only the
  // omgevingsdienst records one, so both roles of the test are refused.
  {
    operatie: 'listInterneAfstemmingen',
    methode: 'GET',
    verzoek: () => ({ pad: `/opdrachten/${ids.maatwerk}/interne-afstemmingen` }),
    na: ({ rol, antwoord }) => {
      if (rol === 'opdrachtgever') ids.afstemming = lijst(antwoord, 'interneAfstemmingen')[0]?.id;
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'getInterneAfstemming',
    methode: 'GET',
    verzoek: () => ({ pad: `/opdrachten/${ids.maatwerk}/interne-afstemmingen/${ids.afstemming}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postInterneAfstemming',
    methode: 'POST',
    body: true,
    verzoek: ({ soort, rol }) => ({
      pad: `/opdrachten/${eigen('opdracht', rol)}/interne-afstemmingen`,
      body: { teams: soort === 'geldig' ? 'Team toezicht' : '', capaciteit: 'Voldoende', effecten: 'Geen', uitkomst: 'uitvoerbaar' },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [403, 403] },
  },
  // The operations of the beleidsdoelen (OPD-7): the opdrachtgever's own opdracht names a policy
  // product of the demo's Big 8 and removes it again; the beheerder is no side of it.
  {
    operatie: 'listBeleidsdoelen',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/opdrachten/${eigen('opdracht', rol)}/beleidsdoelen` }),
    na: ({ rol, antwoord }) => {
      if (rol === 'opdrachtgever') ids.beleidsproduct = antwoord.json?.keuzes?.[0]?.documentId;
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postBeleidsdoel',
    methode: 'POST',
    body: true,
    verzoek: ({ soort, rol }) => ({
      pad: `/opdrachten/${eigen('opdracht', rol)}/beleidsdoelen`,
      body: { documentId: ids.beleidsproduct ?? 999999, beleidskeuzes: soort === 'geldig' ? 'Prioriteit asbest' : '' },
    }),
    na: bewaar('beleidsdoel'),
    verwacht: { opdrachtgever: [400, 201], beheerder: [403, 403] },
  },
  {
    operatie: 'deleteBeleidsdoel',
    methode: 'DELETE',
    verzoek: ({ rol }) => ({ pad: `/opdrachten/${eigen('opdracht', rol)}/beleidsdoelen/${eigen('beleidsdoel', rol)}` }),
    verwacht: { opdrachtgever: 204, beheerder: 403 },
  },
  // The operations of the programmaregels of an opdracht (OPD-4, OPD-7): the opdrachtgever's own
  // collective opdracht 2027 chooses the demo programme's regionaal line; the beheerder is no side.
  {
    operatie: 'getOpdrachtProgrammaregels',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/opdrachten/${eigen('opdracht', rol)}/programmaregels` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putOpdrachtProgrammaregels',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(({ rol }) => `/opdrachten/${eigen('opdracht', rol)}/programmaregels`),
    verzoek: ({ soort, rol }) => ({
      pad: `/opdrachten/${eigen('opdracht', rol)}/programmaregels`,
      body: { regels: [{ productcode: soort === 'geldig' ? 'RG-01' : '' }] },
    }),
    verwacht: { opdrachtgever: [400, 200], beheerder: [403, 403] },
  },
  // The operations of Signalen (OPD-6).
  {
    operatie: 'listOpenSignalen',
    methode: 'GET',
    verzoek: () => ({ pad: '/signalen?status=open' }),
    na: ({ rol, antwoord }) => {
      if (rol === 'opdrachtgever') ids.signaal = lijst(antwoord, 'signalen')[0];
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'listSignalen',
    methode: 'GET',
    verzoek: () => ({ pad: `/opdrachten/${ids.programma}/signalen` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postSignaal',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: `/opdrachten/${ids.maatwerk}/signalen`,
      body: { soort: 'stagnatie', wat: soort === 'geldig' ? 'Werving loopt vast' : '', impact: 'Uitloop', maatregel: 'Inhuur' },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [403, 403] },
  },
  {
    operatie: 'getSignaal',
    methode: 'GET',
    verzoek: () => ({ pad: `/opdrachten/${ids.signaal?.opdrachtId}/signalen/${ids.signaal?.id}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postSignaalAfhandeling',
    methode: 'POST',
    body: true,
    ifMatch: etagVan(() => `/opdrachten/${ids.signaal?.opdrachtId}/signalen/${ids.signaal?.id}`),
    verzoek: ({ soort }) => ({
      pad: `/opdrachten/${ids.signaal?.opdrachtId}/signalen/${ids.signaal?.id}/afhandeling`,
      body: { afhandeling: soort === 'geldig' ? 'Inhuur akkoord' : '  ' },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [403, 403] },
  },
  // The operations of Versies en wijzigingsverzoeken (OPD-5).
  {
    operatie: 'listVersies',
    methode: 'GET',
    verzoek: () => ({ pad: `/opdrachten/${ids.maatwerk}/versies` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'getVersie',
    methode: 'GET',
    verzoek: () => ({ pad: `/opdrachten/${ids.maatwerk}/versies/1` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'getVergelijking',
    methode: 'GET',
    verzoek: () => ({ pad: `/opdrachten/${ids.maatwerk}/vergelijkingen?van=1&naar=2` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'listWijzigingsverzoeken',
    methode: 'GET',
    verzoek: () => ({ pad: `/opdrachten/${ids.maatwerk}/wijzigingsverzoeken` }),
    na: ({ rol, antwoord }) => {
      if (rol === 'beheerder') ids.verzoek = lijst(antwoord, 'wijzigingsverzoeken').find((v) => v.status === 'ingediend')?.id;
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'getWijzigingsverzoek',
    methode: 'GET',
    verzoek: () => ({ pad: `/opdrachten/${ids.maatwerk}/wijzigingsverzoeken/${ids.verzoek}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putAfstemming',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(() => `/opdrachten/${ids.maatwerk}/wijzigingsverzoeken/${ids.verzoek}`),
    verzoek: ({ soort }) => ({
      pad: `/opdrachten/${ids.maatwerk}/wijzigingsverzoeken/${ids.verzoek}/afstemming`,
      body: { met: 'Beleidsafdeling milieu', datum: '2026-11-30', uitkomst: soort === 'geldig' ? 'Akkoord\nmet voorwaarden' : '' },
    }),
    verwacht: { opdrachtgever: [400, 200], beheerder: [403, 403] },
  },
  {
    operatie: 'postBesluit',
    methode: 'POST',
    body: true,
    ifMatch: etagVan(() => `/opdrachten/${ids.maatwerk}/wijzigingsverzoeken/${ids.verzoek}`),
    verzoek: ({ soort }) => ({
      pad: `/opdrachten/${ids.maatwerk}/wijzigingsverzoeken/${ids.verzoek}/besluiten`,
      body: { besluit: 'afwijzen', beoordeling: soort === 'geldig' ? 'Past niet in het budget' : '' },
    }),
    verwacht: { opdrachtgever: [400, 201], beheerder: [403, 403] },
  },
  {
    operatie: 'getOpdracht',
    methode: 'GET',
    verzoek: () => ({ pad: `/opdrachten/${ids.maatwerk}` }),
    na: ({ antwoord }) => {
      if (antwoord.json) ids.maatwerkInhoud = antwoord.json;
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postWijzigingsverzoek',
    methode: 'POST',
    body: true,
    // The voorstel is the whole opdracht as it would become (OPD-5 with OPD-1 and OPD-2): the
    // current one with another scope.
    verzoek: ({ soort }) => ({
      pad: `/opdrachten/${ids.maatwerk}/wijzigingsverzoeken`,
      body: {
        ...invoerVan(ids.maatwerkInhoud),
        scope: 'Asbest en sloop',
        aspecten: soort === 'geldig' ? ['scope'] : [],
        omschrijving: 'Ook sloopmeldingen',
      },
    }),
    verwacht: { opdrachtgever: [400, 201], beheerder: [403, 403] },
  },
  // The operations of Accounts (GOV-10): only the beheerder manages accounts.
  {
    operatie: 'listGebruikers',
    methode: 'GET',
    verzoek: () => ({ pad: '/gebruikers' }),
    na: ({ rol, antwoord }) => {
      if (rol === 'beheerder') ids.gebruiker = lijst(antwoord, 'gebruikers').find((g) => g.naam === 'medewerker')?.id;
    },
    verwacht: { opdrachtgever: 403, beheerder: 200 },
  },
  {
    operatie: 'postGebruiker',
    methode: 'POST',
    body: true,
    verzoek: ({ soort, rol }) => ({
      pad: '/gebruikers',
      body: soort === 'geldig' ? { naam: `contract.${rol}`, beheerder: true } : { naam: 'Geen Naam!', beheerder: true },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'getGebruiker',
    methode: 'GET',
    verzoek: () => ({ pad: `/gebruikers/${ids.gebruiker}` }),
    verwacht: { opdrachtgever: 404, beheerder: 200 },
  },
  {
    operatie: 'putGebruikerStatus',
    methode: 'PUT',
    body: true,
    verzoek: ({ soort }) => ({
      pad: `/gebruikers/${ids.gebruiker}/status`,
      body: soort === 'geldig' ? { actief: true } : {},
    }),
    verwacht: { opdrachtgever: [404, 404], beheerder: [400, 200] },
  },
  {
    operatie: 'postHerstellink',
    methode: 'POST',
    verzoek: () => ({ pad: `/gebruikers/${ids.gebruiker}/herstellinks` }),
    verwacht: { opdrachtgever: 404, beheerder: 201 },
  },

  // The operations of the uitvoeringsprogramma (UP-1, UP-2, UP-4): the demo's programme 2027 is
  // vastgesteld; the beheerder (a keeper of the catalogue) makes a bijstelling and changes it,
  // the opdrachtgever reads and is refused every write (on the demo's programme itself).
  {
    operatie: 'listUitvoeringsprogrammas',
    methode: 'GET',
    verzoek: () => ({ pad: '/uitvoeringsprogrammas' }),
    na: ({ rol, antwoord }) => {
      if (rol === 'opdrachtgever') {
        const demo = lijst(antwoord, 'uitvoeringsprogrammas').find((p) => p.status === 'vastgesteld');
        ids.up = demo?.id;
        ids.upJaar = demo?.jaar;
      }
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'getUitvoeringsprogramma',
    methode: 'GET',
    verzoek: () => ({ pad: `/uitvoeringsprogrammas/${ids.up}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'getBegroting',
    methode: 'GET',
    verzoek: () => ({ pad: `/uitvoeringsprogrammas/${ids.up}/begroting` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'getProgrammadoel',
    methode: 'GET',
    verzoek: () => ({ pad: `/uitvoeringsprogrammas/${ids.up}/doelen/1` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'getProgrammaregel',
    methode: 'GET',
    verzoek: () => ({ pad: `/uitvoeringsprogrammas/${ids.up}/regels/1` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postUitvoeringsprogramma',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: '/uitvoeringsprogrammas',
      body: { titel: soort === 'geldig' ? 'Programma contract' : '', jaar: 2045 },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'postBijstelling',
    methode: 'POST',
    body: true,
    ifMatch: etagVan(() => `/uitvoeringsprogrammas/${ids.up}`),
    verzoek: ({ soort }) => ({
      pad: `/uitvoeringsprogrammas/${ids.up}/bijstellingen`,
      body: { reden: soort === 'geldig' ? 'Meer bodemadvies' : '' },
    }),
    na: ({ rol, soort, antwoord }) => {
      if (rol === 'beheerder' && soort === 'geldig') ids.bijstelling = antwoord.json?.id;
    },
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'postProgrammadoel',
    methode: 'POST',
    body: true,
    ifMatch: etagVan(({ rol }) => `/uitvoeringsprogrammas/${rol === 'beheerder' ? ids.bijstelling : ids.up}`),
    verzoek: ({ soort, rol }) => ({
      pad: `/uitvoeringsprogrammas/${rol === 'beheerder' ? ids.bijstelling : ids.up}/doelen`,
      body: { titel: soort === 'geldig' ? 'Bodem op orde' : '', beoogdEffect: 'Geen verrassingen bij bouwen' },
    }),
    na: ({ rol, soort, antwoord }) => {
      if (rol === 'beheerder' && soort === 'geldig') ids.updoel = antwoord.json?.doelen?.at(-1)?.nummer;
    },
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'putProgrammadoel',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(({ rol }) => `/uitvoeringsprogrammas/${rol === 'beheerder' ? ids.bijstelling : ids.up}`),
    verzoek: ({ soort, rol }) => ({
      pad: rol === 'beheerder' ? `/uitvoeringsprogrammas/${ids.bijstelling}/doelen/${ids.updoel}` : `/uitvoeringsprogrammas/${ids.up}/doelen/1`,
      body: { titel: soort === 'geldig' ? 'Bodem op orde in de regio' : '', beoogdEffect: 'Geen verrassingen bij bouwen' },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 200] },
  },
  {
    operatie: 'postProgrammaregel',
    methode: 'POST',
    body: true,
    ifMatch: etagVan(({ rol }) => `/uitvoeringsprogrammas/${rol === 'beheerder' ? ids.bijstelling : ids.up}`),
    verzoek: ({ soort, rol }) => ({
      pad: `/uitvoeringsprogrammas/${rol === 'beheerder' ? ids.bijstelling : ids.up}/regels`,
      body: { productcode: soort === 'geldig' ? 'AD-01' : 'XX-99', deelnemer: ids['Gemeente Beekdal'], aantal: 5 },
    }),
    na: ({ rol, soort, antwoord }) => {
      if (rol === 'beheerder' && soort === 'geldig') ids.upregel = antwoord.json?.regels?.length;
    },
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'putProgrammaregel',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(({ rol }) => `/uitvoeringsprogrammas/${rol === 'beheerder' ? ids.bijstelling : ids.up}`),
    verzoek: ({ soort, rol }) => ({
      pad: rol === 'beheerder' ? `/uitvoeringsprogrammas/${ids.bijstelling}/regels/${ids.upregel}` : `/uitvoeringsprogrammas/${ids.up}/regels/1`,
      body: { productcode: 'AD-01', deelnemer: ids['Gemeente Beekdal'], aantal: soort === 'geldig' ? 6 : 0 },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 200] },
  },
  {
    operatie: 'deleteProgrammaregel',
    methode: 'DELETE',
    ifMatch: etagVan(({ rol }) => `/uitvoeringsprogrammas/${rol === 'beheerder' ? ids.bijstelling : ids.up}`),
    verzoek: ({ rol }) => ({
      pad: rol === 'beheerder' ? `/uitvoeringsprogrammas/${ids.bijstelling}/regels/${ids.upregel}` : `/uitvoeringsprogrammas/${ids.up}/regels/1`,
    }),
    verwacht: { opdrachtgever: 403, beheerder: 204 },
  },
  {
    operatie: 'deleteProgrammadoel',
    methode: 'DELETE',
    ifMatch: etagVan(({ rol }) => `/uitvoeringsprogrammas/${rol === 'beheerder' ? ids.bijstelling : ids.up}`),
    verzoek: ({ rol }) => ({
      pad: rol === 'beheerder' ? `/uitvoeringsprogrammas/${ids.bijstelling}/doelen/${ids.updoel}` : `/uitvoeringsprogrammas/${ids.up}/doelen/1`,
    }),
    verwacht: { opdrachtgever: 403, beheerder: 204 },
  },
  {
    operatie: 'postVaststelling',
    methode: 'POST',
    body: true,
    ifMatch: etagVan(({ rol }) => `/uitvoeringsprogrammas/${rol === 'beheerder' ? ids.bijstelling : ids.up}`),
    verzoek: ({ soort, rol }) => ({
      pad: `/uitvoeringsprogrammas/${rol === 'beheerder' ? ids.bijstelling : ids.up}/vaststellingen`,
      // Not after today (the server's clock is REGIE_KLOK).
      body: { vastgesteldDoor: 'algemeen_bestuur', vastgesteldOp: soort === 'geldig' ? '2026-12-01' : '2099-01-01' },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 200] },
  },

  // The operations of the productcatalogus (UP-3): the demo's 2027 catalogue is read; the
  // beheerder (a keeper) adds a product to 2046, changes it, copies 2046 to 2047 and deletes the
  // product; the opdrachtgever is refused every write.
  {
    operatie: 'listProducten',
    methode: 'GET',
    verzoek: () => ({ pad: '/producten?jaar=2027' }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'listVerdeelsleutels',
    methode: 'GET',
    verzoek: () => ({ pad: '/verdeelsleutels?jaar=2027' }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postProduct',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: '/producten',
      body: { jaar: 2046, productcode: 'KC-01', naam: soort === 'geldig' ? 'Controle contract' : '', taakveld: 'toezicht', taak: 'basistaak', afrekenwijze: 'kental', normuren: 8.5, uurtarief: 9850 },
    }),
    na: bewaar('product'),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'getProduct',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/producten/${eigen('product', rol)}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putProduct',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(({ rol }) => `/producten/${eigen('product', rol)}`),
    verzoek: ({ soort, rol }) => ({
      pad: `/producten/${eigen('product', rol)}`,
      body: { productcode: 'KC-01', naam: 'Controle contract', taakveld: 'toezicht', taak: 'basistaak', afrekenwijze: soort === 'geldig' ? 'kental' : 'maatwerk', normuren: 9, uurtarief: 9850 },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 200] },
  },
  {
    operatie: 'postCatalogusjaar',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: '/catalogusjaren',
      body: { jaar: 2047, vanJaar: soort === 'geldig' ? 2046 : 2044 },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  // UP-3 (decision 44): a key of the regio's own in 2046: a fixed percentage table that adds up
  // to 100 (the invalid one to 99), changed, read and deleted by the beheerder.
  {
    operatie: 'postVerdeelsleutel',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: '/verdeelsleutels',
      body: {
        jaar: 2046, sleutelcode: 'vast-aandeel', naam: 'Vast aandeel', soort: 'percentage',
        aandelen: [{ organisatieId: ids['Gemeente Beekdal'], waarde: 60 }, { organisatieId: ids['Gemeente Dijkstede'], waarde: soort === 'geldig' ? 40 : 39 }],
      },
    }),
    na: bewaar('sleutel'),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'getVerdeelsleutel',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/verdeelsleutels/${eigen('sleutel', rol)}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putVerdeelsleutel',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(({ rol }) => `/verdeelsleutels/${eigen('sleutel', rol)}`),
    verzoek: ({ soort, rol }) => ({
      pad: `/verdeelsleutels/${eigen('sleutel', rol)}`,
      body: {
        naam: 'Vast aandeel 2046', soort: 'percentage',
        aandelen: [{ organisatieId: ids['Gemeente Beekdal'], waarde: soort === 'geldig' ? 50 : 50.001 }, { organisatieId: ids['Gemeente Dijkstede'], waarde: 50 }],
      },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 200] },
  },
  {
    operatie: 'deleteVerdeelsleutel',
    methode: 'DELETE',
    ifMatch: etagVan(({ rol }) => `/verdeelsleutels/${eigen('sleutel', rol)}`),
    verzoek: ({ rol }) => ({ pad: `/verdeelsleutels/${eigen('sleutel', rol)}` }),
    verwacht: { opdrachtgever: 403, beheerder: 204 },
  },
  {
    operatie: 'deleteProduct',
    methode: 'DELETE',
    ifMatch: etagVan(({ rol }) => `/producten/${eigen('product', rol)}`),
    verzoek: ({ rol }) => ({ pad: `/producten/${eigen('product', rol)}` }),
    verwacht: { opdrachtgever: 403, beheerder: 204 },
  },
  // Realisaties and monitoring (MON-1 … MON-7): the beheerder makes a bronsysteem, imports a
  // file of October (the invalid one with an impossible date), reads the import and its rows,
  // records a correction and closes a month long past; the opdrachtgever reads the plan and the
  // closed months but may not touch the rest.
  {
    operatie: 'listBronsystemen',
    methode: 'GET',
    verzoek: () => ({ pad: '/bronsystemen' }),
    verwacht: { opdrachtgever: 403, beheerder: 200 },
  },
  {
    operatie: 'postBronsysteem',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: '/bronsystemen',
      body: {
        naam: 'Contract bron', kolomDatum: 'Datum', kolomDeelnemer: 'Gemeente', kolomZaaktype: 'Zaaktype',
        ...(soort === 'geldig' ? { kolomUren: 'Uren' } : {}),
        zaaktypen: [{ zaaktype: 'Controle', productcode: 'TH-01' }],
      },
    }),
    na: bewaar('bron'),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'getBronsysteem',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/bronsystemen/${eigen('bron', rol)}` }),
    verwacht: { opdrachtgever: 403, beheerder: 200 },
  },
  {
    operatie: 'putBronsysteem',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(({ rol }) => `/bronsystemen/${eigen('bron', rol)}`),
    verzoek: ({ soort, rol }) => ({
      pad: `/bronsystemen/${eigen('bron', rol)}`,
      body: {
        naam: 'Contract bron', kolomDatum: 'Datum', kolomDeelnemer: 'Gemeente', kolomZaaktype: 'Zaaktype',
        ...(soort === 'geldig' ? { kolomUren: 'Uren' } : {}),
        zaaktypen: [{ zaaktype: 'Controle milieubedrijf', productcode: 'TH-01' }],
      },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 200] },
  },
  {
    operatie: 'postRealisatieImport',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: '/realisatie-imports?bron=Contract%20bron&bestandsnaam=oktober.csv',
      contentType: 'text/csv',
      body: 'Datum;Gemeente;Zaaktype;Uren\r\n' +
        (soort === 'geldig' ? '14-10-2026' : '31-10-2025x') + ';Beekdal;Controle milieubedrijf;8,5\r\n',
    }),
    na: ({ rol, soort, antwoord }) => {
      if (soort === 'geldig' && antwoord.status === 201) ids[`import_${rol}`] = antwoord.json.importId;
    },
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'listRealisatieImports',
    methode: 'GET',
    verzoek: () => ({ pad: '/realisatie-imports' }),
    verwacht: { opdrachtgever: 403, beheerder: 200 },
  },
  {
    operatie: 'getRealisatieImport',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/realisatie-imports/${eigen('import', rol)}` }),
    verwacht: { opdrachtgever: 403, beheerder: 200 },
  },
  {
    operatie: 'listRealisaties',
    methode: 'GET',
    verzoek: ({ rol }) => ({ pad: `/realisatie-imports/${eigen('import', rol)}/realisaties?aantal=10` }),
    verwacht: { opdrachtgever: 403, beheerder: 200 },
  },
  {
    operatie: 'postRealisatieCorrectie',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: '/realisatie-correcties',
      body: { deelnemerId: ids['Gemeente Beekdal'], productcode: 'TH-01', datum: '2026-03-10', uren: -1.5, reden: soort === 'geldig' ? 'Dubbel geboekt' : '' },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'listPeriodeAfsluitingen',
    methode: 'GET',
    verzoek: () => ({ pad: '/periode-afsluitingen' }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postPeriodeAfsluiting',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({ pad: '/periode-afsluitingen', body: { maand: soort === 'geldig' ? '2019-05' : '13-2019' } }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'getPlanRealisatie',
    methode: 'GET',
    verzoek: () => ({ pad: '/plan-realisatie?jaar=2026&niveau=taakveld' }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  // MON-3: the demo's afwijking of Beekdal waits with a voorstel for Pieter's decision.
  {
    operatie: 'listAfwijkingen',
    methode: 'GET',
    verzoek: () => ({ pad: '/afwijkingen?jaar=2026&status=lopend' }),
    na: ({ rol, antwoord }) => {
      if (rol === 'opdrachtgever') {
        ids.afwijking = lijst(antwoord, 'afwijkingen').find((a) => a.magBeslissen)?.id;
      }
    },
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'getAfwijking',
    methode: 'GET',
    verzoek: () => ({ pad: `/afwijkingen/${ids.afwijking ?? 999999}` }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'putBijsturingsvoorstel',
    methode: 'PUT',
    body: true,
    ifMatch: etagVan(() => `/afwijkingen/${ids.afwijking ?? 999999}`),
    verzoek: ({ soort }) => ({
      pad: `/afwijkingen/${ids.afwijking ?? 999999}/bijsturingsvoorstel`,
      body: { maatregel: soort === 'geldig' ? 'Minder controles in december' : '', gevolgen: 'Binnen de band', afgestemdMet: 'Pieter de Boer', meerkosten: 0 },
    }),
    verwacht: { opdrachtgever: [403, 403], beheerder: [403, 403] },
  },
  {
    operatie: 'postBijsturingsbesluit',
    methode: 'POST',
    body: true,
    ifMatch: etagVan(() => `/afwijkingen/${ids.afwijking ?? 999999}`),
    verzoek: ({ soort }) => ({
      pad: `/afwijkingen/${ids.afwijking ?? 999999}/besluit`,
      body: { besluit: 'akkoord', toelichting: soort === 'geldig' ? 'Akkoord met het voorstel' : '  ' },
    }),
    verwacht: { opdrachtgever: [400, 200], beheerder: [403, 403] },
  },
  // MON-4 and MON-5: the demo's indicators of 2026 and its process measures.
  {
    operatie: 'getIndicatormetingen',
    methode: 'GET',
    verzoek: () => ({ pad: '/indicatormetingen?jaar=2026' }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postIndicatormeting',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: '/indicatormetingen',
      body: { jaar: 2026, doel: 1, indicator: soort === 'geldig' ? 'Naleving bij periodieke controle' : 'Onbekend', peildatum: '2026-11-30', waarde: 82.5 },
    }),
    na: bewaar('indicatormeting'),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'deleteIndicatormeting',
    methode: 'DELETE',
    verzoek: ({ rol }) => ({ pad: `/indicatormetingen/${eigen('indicatormeting', rol)}` }),
    verwacht: { opdrachtgever: 403, beheerder: 204 },
  },
  {
    operatie: 'listProcesmetingen',
    methode: 'GET',
    verzoek: () => ({ pad: '/procesmetingen?jaar=2026' }),
    verwacht: { opdrachtgever: 200, beheerder: 200 },
  },
  {
    operatie: 'postProcesmeting',
    methode: 'POST',
    body: true,
    verzoek: ({ soort }) => ({
      pad: '/procesmetingen',
      body: { maat: 'tijdig_besloten', maand: '2026-11', waarde: soort === 'geldig' ? 90.5 : 120 },
    }),
    na: bewaar('procesmeting'),
    verwacht: { opdrachtgever: [403, 403], beheerder: [400, 201] },
  },
  {
    operatie: 'deleteProcesmeting',
    methode: 'DELETE',
    verzoek: ({ rol }) => ({ pad: `/procesmetingen/${eigen('procesmeting', rol)}` }),
    verwacht: { opdrachtgever: 403, beheerder: 204 },
  },
];
