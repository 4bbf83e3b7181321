//! Compact RON for the catalogs the importer writes, through serde alone.
//!
//! The model serialises every field by default, so JSON output always has every documented key
//! (`null`, `[]`) and non-self-describing formats see a fixed shape. Only while [`compact`] runs
//! (the importer's RON writer) do empty fields drop out (`skip_serializing_if` consults the
//! flag) and the many small records of a large catalog (ratings, technology examples, state
//! figures, industries) become tuples: `("Critical Thinking", 4.5, 4.12)` instead of
//! `(name: "Critical Thinking", importance: 4.5, level: 4.12)`.
//!
//! Such records ([`compact_record!`]) read back in either form: a tuple with the fields in
//! order (trailing optional fields may be left out) or named fields, from RON or JSON.

use std::cell::Cell;

thread_local! {
    static COMPACT: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` (a serialisation) with compact output on; it is off again afterwards, even on a panic.
pub fn compact<R>(f: impl FnOnce() -> R) -> R {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            COMPACT.with(|c| c.set(self.0));
        }
    }
    let _reset = Reset(COMPACT.with(|c| c.replace(true)));
    f()
}

/// True while [`compact`] runs.
pub fn is_compact() -> bool {
    COMPACT.with(Cell::get)
}

/// A value a compact record or field may leave out, because it reads back as its default.
pub trait Absent {
    /// True when the value is its default (`None`, `false`, empty).
    fn is_absent(&self) -> bool;
    /// The value when a record leaves the field out; `None` for required fields.
    fn when_missing() -> Option<Self>
    where
        Self: Sized;
}

impl<T> Absent for Option<T> {
    fn is_absent(&self) -> bool {
        self.is_none()
    }
    fn when_missing() -> Option<Self> {
        Some(None)
    }
}

impl Absent for bool {
    fn is_absent(&self) -> bool {
        !*self
    }
    fn when_missing() -> Option<Self> {
        Some(false)
    }
}

impl<T> Absent for Vec<T> {
    fn is_absent(&self) -> bool {
        self.is_empty()
    }
    fn when_missing() -> Option<Self> {
        Some(Vec::new())
    }
}

macro_rules! required {
    ($($t:ty),*) => {$(
        impl Absent for $t {
            fn is_absent(&self) -> bool {
                false
            }
            fn when_missing() -> Option<Self> {
                None
            }
        }
    )*};
}
required!(String, f64, i64, u8, u32);

/// `skip_serializing_if` for any field: skipped only in compact output, and only when empty.
pub fn skip<T: Absent>(value: &T) -> bool {
    is_compact() && value.is_absent()
}

/// Declares a small record: a struct with named fields (serde: a struct everywhere, a tuple in
/// compact RON). Fields typed `Option`, `bool` or `Vec` are optional, all others required.
macro_rules! compact_record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident : $ty:ty
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name {
            $(
                $(#[$field_meta])*
                pub $field: $ty,
            )+
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use $crate::catalog::model::compact::Absent as _;
                const FIELDS: &[&str] = &[$(stringify!($field)),+];
                let absent = [$(self.$field.is_absent()),+];
                if $crate::catalog::model::compact::is_compact() {
                    use serde::ser::SerializeTuple as _;
                    // Trailing fields at their default are left out.
                    let len = absent.iter().rposition(|a| !a).map_or(1, |i| i + 1);
                    let mut tuple = serializer.serialize_tuple(len)?;
                    let mut i = 0;
                    $(
                        if i < len {
                            tuple.serialize_element(&self.$field)?;
                        }
                        i += 1;
                    )+
                    let _ = i;
                    tuple.end()
                } else {
                    use serde::ser::SerializeStruct as _;
                    let mut record = serializer.serialize_struct(stringify!($name), FIELDS.len())?;
                    $(record.serialize_field(stringify!($field), &self.$field)?;)+
                    record.end()
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const FIELDS: &[&str] = &[$(stringify!($field)),+];
                struct Visitor;
                impl<'de> serde::de::Visitor<'de> for Visitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(f, "{} as ({}) or with named fields", stringify!($name), FIELDS.join(", "))
                    }

                    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<$name, A::Error> {
                        use $crate::catalog::model::compact::Absent;
                        let mut count = 0usize;
                        $(
                            let $field: $ty = match seq.next_element::<$ty>()? {
                                Some(value) => {
                                    count += 1;
                                    value
                                }
                                None => <$ty as Absent>::when_missing().ok_or_else(|| {
                                    serde::de::Error::invalid_length(count, &self)
                                })?,
                            };
                        )+
                        if seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
                            return Err(serde::de::Error::invalid_length(count + 1, &self));
                        }
                        Ok($name { $($field),+ })
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        use $crate::catalog::model::compact::Absent;
                        $(let mut $field: Option<$ty> = None;)+
                        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                            match key.as_ref() {
                                $(
                                    stringify!($field) => {
                                        if $field.is_some() {
                                            return Err(serde::de::Error::duplicate_field(stringify!($field)));
                                        }
                                        $field = Some(map.next_value()?);
                                    }
                                )+
                                other => return Err(serde::de::Error::unknown_field(other, FIELDS)),
                            }
                        }
                        $(
                            let $field: $ty = match $field {
                                Some(value) => value,
                                None => <$ty as Absent>::when_missing()
                                    .ok_or_else(|| serde::de::Error::missing_field(stringify!($field)))?,
                            };
                        )+
                        Ok($name { $($field),+ })
                    }
                }
                // Self-describing formats (RON, JSON) take either form; others the struct.
                if deserializer.is_human_readable() {
                    deserializer.deserialize_any(Visitor)
                } else {
                    deserializer.deserialize_struct(stringify!($name), FIELDS, Visitor)
                }
            }
        }
    };
}

pub(crate) use compact_record;
