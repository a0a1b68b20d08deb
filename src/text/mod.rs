//! Layer 0, words: the [`Lang`] of an answer, and the quoting of bad values in error messages.
//! It depends on nothing of the crate.

pub(crate) mod names;

use serde::{Deserialize, Serialize};

/// The language of an explanation.
///
/// # Example
///
/// ```
/// use bevoegd::{Lang, Procedure};
///
/// assert_eq!("en".parse::<Lang>()?, Lang::En);
/// assert_eq!(Lang::default(), Lang::Nl);
/// assert_eq!(Procedure::Injection.name(Lang::Nl), "injecties");
/// assert_eq!(Procedure::Injection.name(Lang::En), "injections");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, PartialEq, Eq, Hash, Debug, Default, Serialize, Deserialize, strum::EnumString, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Dutch, the language of the law.
    #[default]
    Nl,
    /// English.
    En,
}

/// The longest part of a bad value an error quotes, in characters; the rest is cut with `…`, so a
/// huge bad value never returns whole in a message.
pub const QUOTE_MAX: usize = 64;

/// `input`, cut to [`QUOTE_MAX`] characters.
pub(crate) fn quoted(input: &str) -> String {
    if input.chars().count() <= QUOTE_MAX {
        input.to_owned()
    } else {
        let mut s: String = input.chars().take(QUOTE_MAX).collect();
        s.push('…');
        s
    }
}

/// Implements `Deserialize` for a fieldless enum by its strum code, so that every wrong input
/// (an unknown code, `null`, a number, a list) is an error that lists the accepted codes:
/// "unknown variant `x`, expected one of `a`, `b`" or "invalid type: null, expected one of
/// `a`, `b`". The enum derives `strum::EnumString`, `strum::EnumIter` and `strum::IntoStaticStr`
/// with the same snake_case codes as its `Serialize`.
macro_rules! deserialize_by_code {
    ($ty:ty) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("one of ")?;
                        $crate::text::write_codes::<$ty>(f)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse().map_err(|_| {
                            E::custom(format_args!(
                                "unknown variant `{}`, expected one of {}",
                                $crate::text::quoted(v),
                                $crate::text::Codes::<$ty>::new()
                            ))
                        })
                    }
                }
                d.deserialize_str(Visitor)
            }
        }
    };
}
pub(crate) use deserialize_by_code;

/// Writes every code of `T` as `` `a`, `b`, `c` ``.
pub(crate) fn write_codes<T>(f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result
where
    T: strum::IntoEnumIterator + Into<&'static str>,
{
    for (i, v) in T::iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "`{}`", v.into())?;
    }
    Ok(())
}

/// Every code of `T`, displayed as [`write_codes`] writes them.
pub(crate) struct Codes<T>(std::marker::PhantomData<T>);

impl<T> Codes<T> {
    pub(crate) const fn new() -> Codes<T> {
        Codes(std::marker::PhantomData)
    }
}

impl<T> std::fmt::Display for Codes<T>
where
    T: strum::IntoEnumIterator + Into<&'static str>,
{
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write_codes::<T>(f)
    }
}

/// Implements a type's `const fn NAME(self, lang: Lang) -> &'static str` from a table of
/// [`names`], one row per variant in their order (the tables' test checks the order and the
/// codes): `Procedure::name = PROCEDURE;`, each entry with its own doc comment.
macro_rules! name_from_table {
    ($($(#[$attr:meta])* $ty:ident :: $name:ident = $table:ident;)+) => {
        $(
            impl $ty {
                $(#[$attr])*
                #[expect(
                    clippy::indexing_slicing,
                    reason = "the table has one row per variant, in their order (checked by `text::names`'s tests)"
                )]
                pub const fn $name(self, lang: $crate::text::Lang) -> &'static str {
                    $crate::text::names::$table[self as usize].get(lang)
                }
            }
        )+
    };
}
pub(crate) use name_from_table;

/// The deprecated `name_nl` and `name_en` of a type whose `name(lang)` replaces them (kept until
/// 1.0, as the README's semver policy says).
macro_rules! deprecated_names {
    ($ty:ident) => {
        impl $ty {
            /// The Dutch name.
            #[deprecated(since = "0.2.0", note = "use `name(Lang::Nl)`; kept until 1.0")]
            pub const fn name_nl(self) -> &'static str {
                self.name($crate::text::Lang::Nl)
            }

            /// The English name.
            #[deprecated(since = "0.2.0", note = "use `name(Lang::En)`; kept until 1.0")]
            pub const fn name_en(self) -> &'static str {
                self.name($crate::text::Lang::En)
            }
        }
    };
}
pub(crate) use deprecated_names;
