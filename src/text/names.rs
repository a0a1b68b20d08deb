//! The names of the crate's types in Dutch and English, side by side: one table per name, one
//! row per variant with its wire code, so a translator or a lawyer reviews every word in one
//! place. A leaf: the types read their names here (e.g. [`Procedure::name`](crate::Procedure::name)).

use super::Lang;

/// A name in both languages, with the wire code of what it names.
pub(crate) struct Words {
    /// The wire code (the variant's `snake_case` name), checked against the type by a test.
    #[cfg_attr(not(test), allow(dead_code, reason = "read by the tests that check each table against its type"))]
    pub(crate) code: &'static str,
    /// Dutch.
    pub(crate) nl: &'static str,
    /// English.
    pub(crate) en: &'static str,
}

impl Words {
    const fn new(code: &'static str, nl: &'static str, en: &'static str) -> Words {
        Words { code, nl, en }
    }

    /// The name in `lang`.
    pub(crate) const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// [`StrikeOffGround::name`](crate::StrikeOffGround::name), in the order of the variants.
pub(crate) const STRIKE_OFF_GROUND: [Words; 5] = [
    Words::new("on_request", "op eigen verzoek", "at own request"),
    Words::new("disciplinary", "wegens een tuchtmaatregel", "by a disciplinary measure"),
    Words::new("unfitness", "wegens ongeschiktheid", "for unfitness"),
    Words::new("foreign_measure", "wegens een buitenlandse maatregel", "by a foreign measure"),
    Words::new("missed_reregistration", "wegens het uitblijven van herregistratie", "for missed re-registration"),
];

/// [`RestrictionGround::name`](crate::RestrictionGround::name), in the order of the variants.
pub(crate) const RESTRICTION_GROUND: [Words; 3] = [
    Words::new("order", "bij bevel", "by an order"),
    Words::new("foreign_measure", "door een buitenlandse maatregel", "by a foreign measure"),
    Words::new("partial_withdrawal", "door gedeeltelijke ontzegging", "by a partial withdrawal"),
];

/// [`PatientGroup::name`](crate::PatientGroup::name), in the order of the variants.
pub(crate) const PATIENT_GROUP: [Words; 3] = [
    Words::new("minors", "minderjarigen", "minors"),
    Words::new("women", "vrouwen", "women"),
    Words::new("men", "mannen", "men"),
];

/// [`CaseFact::name`](crate::CaseFact::name), in the order of the variants.
pub(crate) const CASE_FACT: [Words; 10] = [
    Words::new("limited_complexity", "beperkte complexiteit", "limited complexity"),
    Words::new("routine", "routinematig", "routine"),
    Words::new("risks_overseeable", "risico's te overzien", "risks overseeable"),
    Words::new(
        "complex_technical_medical_act",
        "onderdeel van complexe technisch-medische handeling",
        "part of a complex technical-medical act",
    ),
    Words::new("radiation_requirements_met", "eisen Kernenergiewet voldaan", "Kernenergiewet requirements met"),
    Words::new("diagnosis_by_physician", "diagnose door arts", "diagnosis by a physician"),
    Words::new(
        "registration_conditions_met",
        "voorwaarden registratie nageleefd",
        "registration conditions complied with",
    ),
    Words::new(
        "registration_confirmed",
        "registratie bevestigd door het register",
        "registration confirmed by the register",
    ),
    Words::new("patient_group", "patiëntengroep bekend", "patient group known"),
    Words::new("place", "plaats bekend", "place known"),
];

/// [`Procedure::name`](crate::Procedure::name), in the order of the variants.
pub(crate) const PROCEDURE: [Words; 14] = [
    Words::new("surgery", "heelkundige handelingen", "surgical procedures"),
    Words::new("obstetrics", "verloskundige handelingen", "obstetric procedures"),
    Words::new("endoscopy", "endoscopieën", "endoscopy"),
    Words::new("catheterisation", "catheterisaties", "catheterisation"),
    Words::new("injection", "injecties", "injections"),
    Words::new("puncture", "puncties", "punctures"),
    Words::new("anaesthesia", "brengen onder narcose", "general anaesthesia"),
    Words::new(
        "ionising_radiation",
        "handelingen met radioactieve stoffen of ioniserende straling",
        "procedures with radioactive substances or ionising radiation",
    ),
    Words::new("elective_cardioversion", "electieve cardioversie", "elective cardioversion"),
    Words::new("defibrillation", "defibrillatie", "defibrillation"),
    Words::new("electroconvulsive_therapy", "electroconvulsieve therapie", "electroconvulsive therapy"),
    Words::new("lithotripsy", "steenvergruizing", "lithotripsy"),
    Words::new("assisted_reproduction", "kunstmatige bevruchting", "assisted reproduction"),
    Words::new("prescribing", "voorschrijven van UR-geneesmiddelen", "prescribing prescription-only medicines"),
];

/// [`Procedure::short_name`](crate::Procedure::short_name), in the order of the variants.
pub(crate) const PROCEDURE_SHORT: [Words; 14] = [
    Words::new("surgery", "heelkunde", "surgery"),
    Words::new("obstetrics", "verloskunde", "obstetrics"),
    Words::new("endoscopy", "endoscopie", "endoscopy"),
    Words::new("catheterisation", "catheterisatie", "catheterisation"),
    Words::new("injection", "injectie", "injection"),
    Words::new("puncture", "punctie", "puncture"),
    Words::new("anaesthesia", "narcose", "anaesthesia"),
    Words::new("ionising_radiation", "straling", "radiation"),
    Words::new("elective_cardioversion", "cardioversie", "cardioversion"),
    Words::new("defibrillation", "defibrillatie", "defibrillation"),
    Words::new("electroconvulsive_therapy", "ECT", "ECT"),
    Words::new("lithotripsy", "steenvergruizing", "lithotripsy"),
    Words::new("assisted_reproduction", "kunstm. bevrucht", "assisted reprod."),
    Words::new("prescribing", "voorschrijven", "prescribing"),
];

/// [`Profession::name`](crate::Profession::name), in the order of the variants.
pub(crate) const PROFESSION: [Words; 21] = [
    Words::new("physician", "arts", "physician"),
    Words::new("dentist", "tandarts", "dentist"),
    Words::new("midwife", "verloskundige", "midwife"),
    Words::new("nurse", "verpleegkundige", "nurse"),
    Words::new("physician_assistant", "physician assistant", "physician assistant"),
    Words::new("clinical_technologist", "klinisch technoloog", "clinical technologist"),
    Words::new("pharmacist", "apotheker", "pharmacist"),
    Words::new("physiotherapist", "fysiotherapeut", "physiotherapist"),
    Words::new("healthcare_psychologist", "gezondheidszorgpsycholoog", "healthcare psychologist"),
    Words::new("psychotherapist", "psychotherapeut", "psychotherapist"),
    Words::new("registered_dental_hygienist", "geregistreerd-mondhygiënist", "registered dental hygienist"),
    Words::new("dental_hygienist", "mondhygiënist", "dental hygienist"),
    Words::new("radiographer", "radiodiagnostisch laborant", "radiographer"),
    Words::new("radiotherapy_technician", "radiotherapeutisch laborant", "radiotherapy technician"),
    Words::new(
        "physician_assistant_title",
        "physician assistant (titel van het experiment)",
        "physician assistant (experiment title)",
    ),
    Words::new(
        "clinical_technologist_title",
        "klinisch technoloog (titel van het experiment)",
        "clinical technologist (experiment title)",
    ),
    Words::new("medical_student", "student geneeskunde (coassistent)", "medical student (co-assistant)"),
    Words::new("clinical_technology_student", "student klinische technologie", "clinical technology student"),
    Words::new("nurse_specialist_trainee", "verpleegkundig specialist in opleiding", "nurse specialist in training"),
    Words::new("dental_assistant", "tandartsassistent", "dental assistant"),
    Words::new("prevention_assistant", "preventieassistent", "prevention assistant"),
];

/// [`Qualification::name`](crate::Qualification::name), in the order of the variants.
pub(crate) const QUALIFICATION: [Words; 9] = [
    Words::new("nurse_specialist_acute_care", "verpleegkundig specialist acute zorg", "nurse specialist acute care"),
    Words::new(
        "nurse_specialist_intensive_care",
        "verpleegkundig specialist intensieve zorg",
        "nurse specialist intensive care",
    ),
    Words::new(
        "nurse_specialist_chronic_care",
        "verpleegkundig specialist chronische zorg",
        "nurse specialist chronic care",
    ),
    Words::new(
        "nurse_specialist_preventive_care",
        "verpleegkundig specialist preventieve zorg",
        "nurse specialist preventive care",
    ),
    Words::new(
        "nurse_specialist_mental_health",
        "verpleegkundig specialist GGZ",
        "nurse specialist mental health care",
    ),
    Words::new(
        "nurse_specialist_general_healthcare",
        "verpleegkundig specialist AGZ",
        "nurse specialist general healthcare",
    ),
    Words::new(
        "diabetes_nurse_prescribing",
        "aantekening voorschrijven diabetesverpleegkundige",
        "diabetes nurse prescribing annotation",
    ),
    Words::new(
        "asthma_copd_nurse_prescribing",
        "aantekening voorschrijven astma/COPD-verpleegkundige",
        "asthma/COPD nurse prescribing annotation",
    ),
    Words::new("ambulance_nurse", "getuigschrift ambulanceverpleegkundige", "ambulance-nurse certificate"),
];

/// [`FieldOfCare::name`](crate::FieldOfCare::name), in the order of the variants.
pub(crate) const FIELD_OF_CARE: [Words; 3] = [
    Words::new("medicine", "geneeskunst", "medicine"),
    Words::new("dentistry", "tandheelkunst", "dentistry"),
    Words::new("obstetrics", "verloskunde", "obstetrics"),
];

/// [`DrugClass::name`](crate::DrugClass::name), in the order of the variants.
pub(crate) const DRUG_CLASS: [Words; 18] = [
    Words::new("iron", "ijzerpreparaten", "iron preparations"),
    Words::new("oxytocin", "oxytocine", "oxytocin"),
    Words::new("ergot_alkaloids", "secalealkaloïden", "ergot alkaloids"),
    Words::new("anti_d_immunoglobulin", "anti-D-immunoglobuline", "anti-D immunoglobulin"),
    Words::new("hepatitis_b_immunoglobulin", "hepatitis B-immunoglobuline", "hepatitis B immunoglobulin"),
    Words::new("hepatitis_b_vaccine", "hepatitis B-vaccin", "hepatitis B vaccine"),
    Words::new("vitamin_k", "vitamine K", "vitamin K"),
    Words::new("medicinal_oxygen", "medicinale zuurstof", "medicinal oxygen"),
    Words::new("local_anaesthetic", "lokale anesthetica zonder epinefrine", "local anaesthetics without epinephrine"),
    Words::new(
        "blood_glucose_regulating",
        "bloedglucoseregulerende geneesmiddelen",
        "blood-glucose-regulating medicines",
    ),
    Words::new("inhaled_medication", "inhalatiemedicatie", "inhaled medication"),
    Words::new("other", "overige UR-geneesmiddelen", "other prescription-only medicines"),
    Words::new(
        "local_anaesthetic_with_epinephrine",
        "lokale anesthetica met epinefrine",
        "local anaesthetics with epinephrine",
    ),
    Words::new("inhalation_analgesic", "het inhalatieanalgeticum Relivopan", "the inhalation analgesic Relivopan"),
    Words::new("oral_contraceptive", "orale anticonceptiva", "oral contraceptives"),
    Words::new("hormonal_iud", "hormonale spiralen", "hormonal intra-uterine devices"),
    Words::new("other_hormonal_contraceptive", "overige hormonale anticonceptiva", "other hormonal contraceptives"),
    Words::new("plasma_substitute", "plasma of plasmavervangende middelen", "plasma or plasma substitutes"),
];

/// [`Technique::name`](crate::Technique::name), in the order of the variants.
pub(crate) const TECHNIQUE: [Words; 14] = [
    Words::new("subcutaneous_injection", "subcutane injectie", "subcutaneous injection"),
    Words::new("intramuscular_injection", "intramusculaire injectie", "intramuscular injection"),
    Words::new("intravenous_injection", "intraveneuze injectie", "intravenous injection"),
    Words::new("local_anaesthesia_injection", "lokale anesthesie door injectie", "local anaesthesia by injection"),
    Words::new(
        "bladder_catheterisation_adult",
        "blaascatheterisatie bij een volwassene",
        "bladder catheterisation in an adult",
    ),
    Words::new(
        "bladder_catheterisation_child",
        "blaascatheterisatie bij een kind",
        "bladder catheterisation in a child",
    ),
    Words::new("venepuncture", "venapunctie", "venepuncture"),
    Words::new("neonatal_heel_prick", "hielprik bij een neonaat", "neonatal heel prick"),
    Words::new(
        "tension_pneumothorax_drainage",
        "drainagepunctie bij spanningspneumothorax",
        "drainage puncture of a tension pneumothorax",
    ),
    Words::new("other_puncture", "andere punctie", "other puncture"),
    Words::new("coniotomy", "coniotomie", "coniotomy"),
    Words::new("primary_caries_preparation", "preparatie van primaire caviteiten", "primary caries preparation"),
    Words::new("intraoral_xray", "intraorale röntgenopname", "intraoral X-ray"),
    Words::new("other_radiation", "andere toepassing van ioniserende straling", "other use of ionising radiation"),
];

/// [`Route::name`](crate::Route::name), in the order of the variants.
pub(crate) const ROUTE: [Words; 5] = [
    Words::new("independent", "zelfstandig bevoegd", "independently authorised"),
    Words::new("functional_independence", "functioneel zelfstandig", "functionally independent"),
    Words::new("on_instruction", "in opdracht", "on instruction"),
    Words::new("emergency", "in noodsituatie", "in an emergency"),
    Words::new("not_professional", "niet beroepsmatig", "not professionally"),
];

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;
    use crate::{CaseFact, DrugClass, FieldOfCare, Procedure, Profession, Qualification, Route, Technique};
    use crate::{PatientGroup, RestrictionGround, StrikeOffGround};

    /// Each table has one row per variant, in the variants' order, under the variant's wire code:
    /// what makes `TABLE[variant as usize]` in the types' `name` safe and right.
    fn check<T>(table: &[Words], index: impl Fn(T) -> usize)
    where
        T: IntoEnumIterator + Into<&'static str> + Copy,
    {
        assert_eq!(table.len(), T::iter().count());
        for (i, v) in T::iter().enumerate() {
            assert_eq!(index(v), i);
            let code: &'static str = v.into();
            assert_eq!(table.get(i).map(|w| w.code), Some(code));
        }
        for w in table {
            assert!(!w.nl.is_empty() && !w.en.is_empty(), "{}", w.code);
        }
    }

    #[test]
    fn one_row_per_variant_in_order() {
        check::<StrikeOffGround>(&STRIKE_OFF_GROUND, |v| v as usize);
        check::<RestrictionGround>(&RESTRICTION_GROUND, |v| v as usize);
        check::<PatientGroup>(&PATIENT_GROUP, |v| v as usize);
        check::<CaseFact>(&CASE_FACT, |v| v as usize);
        check::<Procedure>(&PROCEDURE, |v| v as usize);
        check::<Procedure>(&PROCEDURE_SHORT, |v| v as usize);
        check::<Profession>(&PROFESSION, |v| v as usize);
        check::<Qualification>(&QUALIFICATION, |v| v as usize);
        check::<FieldOfCare>(&FIELD_OF_CARE, |v| v as usize);
        check::<DrugClass>(&DRUG_CLASS, |v| v as usize);
        check::<Technique>(&TECHNIQUE, |v| v as usize);
        check::<Route>(&ROUTE, |v| v as usize);
    }
}
