//! Serde helpers shared by the types whose wire form is one string.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserializer;
use serde::de::{Error, Visitor};

/// Deserializes a string and parses it with `parse`, reading the text in place: no copy is made
/// (deserializing through `Cow<str>` would allocate a `String` for every value, since serde
/// cannot borrow through a `Cow` outside a derive). A value that is not a string is rejected
/// with serde's own "invalid type ..., expected a string" message.
pub(crate) fn parse_str<'de, D, T, E>(d: D, parse: fn(&str) -> Result<T, E>) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    E: fmt::Display,
{
    struct Text<T, E>(fn(&str) -> Result<T, E>, PhantomData<fn() -> T>);

    impl<T, E: fmt::Display> Visitor<'_> for Text<T, E> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<X: Error>(self, v: &str) -> Result<T, X> {
            (self.0)(v).map_err(X::custom)
        }
    }

    d.deserialize_str(Text(parse, PhantomData))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]
    use crate::{BigNumber, Date, Subdomain};

    #[test]
    fn strings_are_parsed_in_place_escaped_or_not() {
        // An escaped string reaches the visitor as a transient, unescaped `&str`.
        let escaped: Date = serde_json::from_str(r#""2024\u002d01-31""#).unwrap();
        assert_eq!(escaped, Date::new(2024, 1, 31).unwrap());
        let plain: Subdomain = serde_json::from_str(r#""cardiology""#).unwrap();
        assert_eq!(plain.as_str(), "cardiology");
        let big: BigNumber = serde_json::from_str(r#""19012345601""#).unwrap();
        assert_eq!(big.to_string(), "19012345601");
    }

    #[test]
    fn a_value_that_is_not_a_string_names_what_was_expected() {
        let err = serde_json::from_str::<Date>("20240131").unwrap_err().to_string();
        assert!(err.contains("expected a string"), "{err}");
        let err = serde_json::from_str::<Date>(r#""2024-02-30""#).unwrap_err().to_string();
        assert!(err.contains("2024-02-30"), "{err}");
    }
}
