//! Layer 1, the leaf types: dates and periods, the procedures, professions and routes the law
//! names, subdomains, register statuses, case facts, training records, and the small sets and
//! parsers they share. They depend on nothing of the crate but [`text`](crate::text).

pub(crate) mod convert;
pub(crate) mod date;
pub(crate) mod de;
pub(crate) mod facts;
pub(crate) mod procedure;
pub(crate) mod profession;
pub(crate) mod route;
pub(crate) mod scope;
pub(crate) mod set;
pub(crate) mod status;
pub(crate) mod subdomain;
pub(crate) mod training;
