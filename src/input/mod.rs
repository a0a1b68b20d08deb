//! Layer 3, the inputs of a decision: the [`Professional`](crate::Professional) (registrations,
//! qualifications, training, competence), the [`Context`](crate::Context) of an act, the
//! validation errors of both, and each law row's smallest permitted case. They read the law
//! table (a context's protocol rules, a registration's periods) and nothing above it.

pub(crate) mod context;
pub(crate) mod error;
pub(crate) mod example_case;
pub(crate) mod professional;
pub(crate) mod provenance;
