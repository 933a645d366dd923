/**
 * False alarms of the personal-data guard on ordinary professional text: the knowledge base itself
 * (every entry body in content/) and hand-written sentences of the kind professionals type. A guard that
 * cries wolf on these gets ignored, so each finding here is either allowlisted with its reason or a bug.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../kb/privacy/privacy-guard';
import { readContentFiles } from '../../../scripts/content-files';

/**
 * The only findings the guard may make in the knowledge base: dates that are not about a person. Each
 * is a real date the guard cannot tell from a birth date without understanding the sentence.
 */
const ALLOWED: readonly { file: string; text: string; why: string }[] = [
  {
    file: 'voorbeelden/leeuwarden-vrijwilligerswerk-participatietraject-kinderopvang.md',
    text: '8 oktober 2018',
    why: 'the day a news article appeared ("Het artikel verscheen op 8 oktober 2018")',
  },
];

function body(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

describe('the guard on the knowledge base', () => {
  const files = readContentFiles();

  it('reads the whole knowledge base', () => {
    expect(files.length).toBeGreaterThan(80);
  });

  it('finds nothing in any entry body but the allowlisted dates', () => {
    const findings = files.flatMap((f) =>
      findPersonalData(body(f.text)).map((x) => ({ file: f.path, kind: x.kind, text: x.text })),
    );
    const unexpected = findings.filter((x) => !ALLOWED.some((a) => a.file === x.file && a.text === x.text));
    expect(unexpected).toEqual([]);
  });
});

/** Sentences a professional writes in a note or a weighing, none of which holds personal data. */
const PROFESSIONAL = [
  'Op grond van art. 2.3.5 Wmo 2015 en artikel 2.3.15 lid 1 is maatwerk mogelijk (BWBR0035362).',
  'Zie ook art. 12.1.2020a en hoofdstuk 1.2.10 van de verordening, versie 3.1.12.',
  'De kosten zijn € 1.250,00 per maand, € 13.000 per half jaar, tussen 22.000 en 56.000 euro per jaar.',
  'Totaal 111.222.333 euro landelijk; 10.000.000 inwoners; 1.111.222.333 in de begroting.',
  'In 2019-2021 liep het traject; in 2023 volgden 12 kinderen en 3 gezinnen, 24 casussen, 1,5 fte.',
  'Een jongere van 17 jaar, kinderen van 4 tot 12 jaar, een 18-jarige, 65-plussers.',
  'Op 12 maart besproken in het MDO; op 3 april volgt een evaluatie, in maart 2024 aangevraagd.',
  'Sinds 1 januari 2015 geldt de Wmo 2015; per 1 juli 2018 de verlengde pleegzorg; vanaf 1 januari 2022 het woonplaatsbeginsel.',
  'De cliënt Wmo-voorziening en de cliënt Jeugdwet; de moeder in Lelystad; mevrouw belde terug.',
  'De cliënt heeft een indicatie voor 3-4 keer per week, 24/7 zorg, 10.30-12.00 uur, 1-2 dagen.',
  'Escaleren via het Landelijk Escalatieteam; Gemeente Lelystad, Amsterdam 12 kinderen, Rotterdam 3 casussen.',
  'Vergadering 3 is verplaatst; Toegang 2 keer geweigerd; Stap 4 van de leerroute; fase 2.',
  'Het dossier is compleet; het dossiernummer volgt; zaak A-12 besproken; COVID-19; AOW-12-A.',
  'Score 3-2-1 op de zelfredzaamheidsmatrix; ZRM 4; 100 procent; 0,5 fte en 06-2024.',
  'Het pgb bedraagt 80% van het zin-tarief; 2 uur per week huishoudelijke hulp à € 35.',
  'Zie https://wetten.overheid.nl/BWBR0035362/2024-01-01 en de toelichting op pagina 12.',
  '+3 punten, +12 uur, +49 procent ten opzichte van 2020.',
];

describe('the guard on ordinary professional sentences', () => {
  it.each(PROFESSIONAL)('finds nothing in %j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});
