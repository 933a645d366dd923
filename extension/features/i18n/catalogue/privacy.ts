/** Interface strings of the personal-data guard's newer kinds (kb/privacy) and of wiping all data. */
export const privacyNl = {
  pd_iban_one: 'rekeningnummer',
  pd_iban_many: 'rekeningnummers',
  pd_naam_one: 'naam',
  pd_naam_many: 'namen',
  pd_kenteken_one: 'kenteken',
  pd_kenteken_many: 'kentekens',
  pd_paspoort_one: 'paspoort- of ID-nummer',
  pd_paspoort_many: 'paspoort- of ID-nummers',
  pd_dossiernummer_one: 'cliënt- of dossiernummer',
  pd_dossiernummer_many: 'cliënt- of dossiernummers',
};

export const privacyEn: Record<keyof typeof privacyNl, string> = {
  pd_iban_one: 'bank account number',
  pd_iban_many: 'bank account numbers',
  pd_naam_one: 'name',
  pd_naam_many: 'names',
  pd_kenteken_one: 'licence plate',
  pd_kenteken_many: 'licence plates',
  pd_paspoort_one: 'passport or ID number',
  pd_paspoort_many: 'passport or ID numbers',
  pd_dossiernummer_one: 'client or case number',
  pd_dossiernummer_many: 'client or case numbers',
};
