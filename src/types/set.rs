//! One set type for every small enum of the crate: procedures, substances, techniques, case
//! facts, conditions. Each is made by [`bitset!`], so all share one API, are `Copy`, allocate
//! nothing, work in `const` law-table rows, and check their width when the crate compiles.

/// Declares `$name`, a set of the variants of the fieldless `#[repr(u8)]` enum `$item`, one bit
/// each in a `u32`. A 33rd variant of `$item` fails the build ("widen ..."), never a run.
///
/// The item enum must derive `strum::EnumCount` and `strum::EnumIter`; iteration follows the
/// enum's declaration order.
macro_rules! bitset {
    ($(#[$meta:meta])* $vis:vis struct $name:ident of $item:ty;) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        $vis struct $name(u32);

        const _: () = assert!(
            <$item as strum::EnumCount>::COUNT <= 32,
            concat!("widen ", stringify!($name), ": more than 32 variants")
        );

        #[allow(dead_code, reason = "every set type gets the whole API; not every one uses all of it")]
        #[allow(unreachable_pub, reason = "the methods are as visible as the set type itself")]
        impl $name {
            /// The empty set.
            pub const EMPTY: $name = $name(0);
            /// Every variant.
            pub const ALL: $name = $name(if <$item as strum::EnumCount>::COUNT == 32 {
                u32::MAX
            } else {
                (1u32 << <$item as strum::EnumCount>::COUNT) - 1
            });

            #[inline]
            const fn bit(item: $item) -> u32 {
                1u32 << (item as u8 as u32)
            }

            /// The set of the given items.
            #[must_use]
            pub const fn of(items: &[$item]) -> $name {
                let mut bits = 0u32;
                let mut rest = items;
                while let [first, tail @ ..] = rest {
                    bits |= $name::bit(*first);
                    rest = tail;
                }
                $name(bits)
            }

            /// The set with just `item`.
            #[inline]
            #[must_use]
            pub const fn only(item: $item) -> $name {
                $name($name::bit(item))
            }

            /// This set with `item` added.
            #[inline]
            #[must_use]
            pub const fn with(self, item: $item) -> $name {
                $name(self.0 | $name::bit(item))
            }

            /// This set without `item`.
            #[inline]
            #[must_use]
            pub const fn without(self, item: $item) -> $name {
                $name(self.0 & !$name::bit(item))
            }

            /// Whether `item` is in the set.
            #[inline]
            pub const fn contains(self, item: $item) -> bool {
                self.0 & $name::bit(item) != 0
            }

            /// The items of either set.
            #[inline]
            #[must_use]
            pub const fn union(self, other: $name) -> $name {
                $name(self.0 | other.0)
            }

            /// The items of both sets.
            #[inline]
            #[must_use]
            pub const fn intersection(self, other: $name) -> $name {
                $name(self.0 & other.0)
            }

            /// The items of this set that are not in `other`.
            #[inline]
            #[must_use]
            pub const fn difference(self, other: $name) -> $name {
                $name(self.0 & !other.0)
            }

            /// Whether the set is empty.
            #[inline]
            pub const fn is_empty(self) -> bool {
                self.0 == 0
            }

            /// How many items the set holds.
            #[inline]
            pub const fn len(self) -> usize {
                self.0.count_ones() as usize
            }

            /// The items, in declaration order.
            pub fn iter(self) -> impl Iterator<Item = $item> {
                <$item as strum::IntoEnumIterator>::iter().filter(move |i| self.contains(*i))
            }
        }

        impl FromIterator<$item> for $name {
            fn from_iter<I: IntoIterator<Item = $item>>(iter: I) -> $name {
                iter.into_iter().fold($name::EMPTY, $name::with)
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_set().entries(self.iter()).finish()
            }
        }
    };
}

pub(crate) use bitset;

/// The wire form of a set type made by [`bitset!`]: a list of its items' codes, in declaration
/// order; a code listed twice is an error naming it (`what` names the item in that message).
macro_rules! serde_as_list {
    ($name:ty, $item:ty, $what:literal) => {
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.iter())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let list = <Vec<$item> as serde::Deserialize>::deserialize(d)?;
                let mut set = <$name>::EMPTY;
                for item in list {
                    if set.contains(item) {
                        return Err(serde::de::Error::custom(format_args!(
                            concat!($what, " `{}` is listed twice"),
                            item
                        )));
                    }
                    set = set.with(item);
                }
                Ok(set)
            }
        }
    };
}
pub(crate) use serde_as_list;
