// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Reading and writing the generated structs as JSON objects (and string enums as strings).
//!
//! Each struct's `Serialize` and `Deserialize` impls are a few lines that call into this
//! module, which does the work serde's derives would repeat in every struct (a field
//! identifier type, a visitor, a sequence form, duplicate and missing field checks). A crate
//! with a thousand structs compiles in a fraction of the time the derives take, and decodes
//! the same way: a struct is read from a JSON object only (never from an array), unknown
//! fields are skipped, a field given twice or a required field missing is an error.

// Which helpers a crate uses depends on its types and on the features enabled.
#![allow(dead_code)]

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{Impossible, SerializeStruct, Serializer};

/// A struct read from a JSON object (implemented by the generated types).
pub(crate) trait FromObject<'de>: Sized {
    /// Reads the object's values into the struct's field slots with [`read_fields`], then
    /// takes the required ones out ([`missing`] names the first one absent).
    fn from_object<A: MapAccess<'de>>(object: Reader<'de, A>) -> Result<Self, A::Error>;
}

/// `Deserialize::deserialize` of a generated struct: a JSON object, read by `T::from_object`.
/// `name` is the type's (for error messages), `fields` the wire names of its fields in the
/// order of the slots `from_object` hands to [`read_fields`]: arguments rather than constants
/// of the trait, which would be two more items for the compiler to check per type.
pub(crate) fn deserialize<'de, D: Deserializer<'de>, T: FromObject<'de>>(
    deserializer: D,
    name: &'static str,
    fields: &'static [&'static str],
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor {
        name,
        fields,
        value: PhantomData,
    })
}

struct ObjectVisitor<T> {
    name: &'static str,
    fields: &'static [&'static str],
    value: PhantomData<T>,
}

impl<'de, T: FromObject<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", self.name)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_object(Reader {
            map,
            fields: self.fields,
            lifetime: PhantomData,
        })
    }
}

/// A JSON object about to be read into a generated struct's field slots.
pub(crate) struct Reader<'de, A: MapAccess<'de>> {
    map: A,
    fields: &'static [&'static str],
    lifetime: PhantomData<&'de ()>,
}

/// A field's slot while its object is read: an `Option` of the field's type, filled when the
/// key comes. The generated code hands all of a struct's slots to [`read_fields`] as one slice
/// of trait objects, so a struct's decoder is one call instead of a branch and a generic call
/// per field (which made decoders the largest part of a generated crate's compile time).
pub(crate) trait Slot<'de, A: MapAccess<'de>> {
    /// Reads a required field's value; a field given twice is an error.
    fn read(&mut self, map: &mut A, name: &'static str) -> Result<(), A::Error>;
    /// Reads an optional field's value (`null` is absent); a field given twice with values
    /// is an error.
    fn read_optional(&mut self, map: &mut A, name: &'static str) -> Result<(), A::Error>;
}

impl<'de, A: MapAccess<'de>, T: de::Deserialize<'de>> Slot<'de, A> for Option<T> {
    fn read(&mut self, map: &mut A, name: &'static str) -> Result<(), A::Error> {
        if self.is_some() {
            return Err(de::Error::duplicate_field(name));
        }
        *self = Some(map.next_value()?);
        Ok(())
    }

    fn read_optional(&mut self, map: &mut A, name: &'static str) -> Result<(), A::Error> {
        match map.next_value::<Option<T>>()? {
            Some(_) if self.is_some() => Err(de::Error::duplicate_field(name)),
            Some(value) => {
                *self = Some(value);
                Ok(())
            }
            None => Ok(()),
        }
    }
}

/// Reads the object's entries into `slots`, which are in the order of the reader's field
/// names: the first `strict` read as required fields (a value, `null` only where the type
/// takes it), the rest as optional ones (`null` is absent). Keys the type does not have are
/// skipped.
pub(crate) fn read_fields<'de, A: MapAccess<'de>>(
    object: Reader<'de, A>,
    slots: &mut [&mut dyn Slot<'de, A>],
    strict: usize,
) -> Result<(), A::Error> {
    let Reader {
        mut map, fields, ..
    } = object;
    while let Some(key) = map.next_key_seed(FieldSeed(fields))? {
        let field = key.and_then(|index| Some((index, slots.get_mut(index)?, fields.get(index)?)));
        match field {
            Some((index, slot, name)) if index < strict => slot.read(&mut map, name)?,
            Some((_, slot, name)) => slot.read_optional(&mut map, name)?,
            None => {
                map.next_value::<de::IgnoredAny>()?;
            }
        }
    }
    Ok(())
}

/// Finds a key among the field names without copying it: its index, `None` for a key the
/// type does not have.
struct FieldSeed(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldSeed {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<usize>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for FieldSeed {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|field| *field == key))
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|field| field.as_bytes() == key))
    }
}

/// The error for a required field that was not in the object.
pub(crate) fn missing<T, E: de::Error>(name: &'static str) -> Result<T, E> {
    Err(E::missing_field(name))
}

/// `Deserialize::deserialize` of a generated string enum: a string, converted by the enum's
/// `From<&str>` (values the spec does not list become `Unknown`). Borrows the string when the
/// input allows, and is one call per enum instead of a body of its own.
pub(crate) fn string_enum<'de, D: Deserializer<'de>, T: for<'a> From<&'a str>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_str(StringEnumVisitor(PhantomData))
}

struct StringEnumVisitor<T>(PhantomData<T>);

impl<'de, T: for<'a> From<&'a str>> Visitor<'de> for StringEnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        Ok(T::from(value))
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<T, E> {
        match std::str::from_utf8(value) {
            Ok(value) => Ok(T::from(value)),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(value), &self)),
        }
    }
}

/// A field's value while its struct is written. The generated `Serialize` hands all of a
/// struct's fields to [`write`] as one slice of trait objects, so it is one call instead of a
/// call per field.
pub(crate) trait FieldValue<S: SerializeStruct> {
    /// Writes the value as the field `name`.
    fn write(&self, object: &mut S, name: &'static str) -> Result<(), S::Error>;
    /// Whether the value is `None` (asked of optional fields only, whose type is an `Option`).
    fn is_none(&self) -> bool;
}

impl<S: SerializeStruct, T: serde::Serialize> FieldValue<S> for T {
    fn write(&self, object: &mut S, name: &'static str) -> Result<(), S::Error> {
        object.serialize_field(name, self)
    }

    fn is_none(&self) -> bool {
        self.serialize(NoneProbe).is_ok()
    }
}

/// `Serialize::serialize` of a generated struct: its fields in declaration order, under the
/// wire names in `fields`; a field whose `optional` flag is set is left out (not `null`)
/// when it is `None`.
pub(crate) fn write<S: Serializer>(
    serializer: S,
    name: &'static str,
    fields: &'static [&'static str],
    optional: &'static [bool],
    values: &[&dyn FieldValue<S::SerializeStruct>],
) -> Result<S::Ok, S::Error> {
    let absent = |index: usize, value: &dyn FieldValue<S::SerializeStruct>| {
        optional.get(index).copied().unwrap_or(false) && value.is_none()
    };
    let present = values
        .iter()
        .enumerate()
        .filter(|(index, value)| !absent(*index, **value))
        .count();
    let mut object = serializer.serialize_struct(name, present)?;
    for (index, (field, value)) in fields.iter().zip(values).enumerate() {
        if absent(index, *value) {
            object.skip_field(field)?;
        } else {
            value.write(&mut object, field)?;
        }
    }
    object.end()
}

/// A serializer that only tells `None` (success) from any other value (an error), without
/// writing anything or visiting what a `Some` holds.
struct NoneProbe;

/// The [`NoneProbe`]'s answer for a value that is not `None`.
#[derive(Debug)]
struct NotNone;

impl fmt::Display for NotNone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not None")
    }
}

impl std::error::Error for NotNone {}

impl serde::ser::Error for NotNone {
    fn custom<T: fmt::Display>(_message: T) -> Self {
        NotNone
    }
}

impl Serializer for NoneProbe {
    type Ok = ();
    type Error = NotNone;
    type SerializeSeq = Impossible<(), NotNone>;
    type SerializeTuple = Impossible<(), NotNone>;
    type SerializeTupleStruct = Impossible<(), NotNone>;
    type SerializeTupleVariant = Impossible<(), NotNone>;
    type SerializeMap = Impossible<(), NotNone>;
    type SerializeStruct = Impossible<(), NotNone>;
    type SerializeStructVariant = Impossible<(), NotNone>;

    fn serialize_none(self) -> Result<(), NotNone> {
        Ok(())
    }

    fn serialize_some<T: serde::Serialize + ?Sized>(self, _: &T) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_bool(self, _: bool) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_i8(self, _: i8) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_i16(self, _: i16) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_i32(self, _: i32) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_i64(self, _: i64) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_u8(self, _: u8) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_u16(self, _: u16) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_u32(self, _: u32) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_u64(self, _: u64) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_f32(self, _: f32) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_f64(self, _: f64) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_char(self, _: char) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_str(self, _: &str) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_unit(self) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_newtype_struct<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_newtype_variant<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotNone> {
        Err(NotNone)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotNone> {
        Err(NotNone)
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotNone> {
        Err(NotNone)
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, NotNone> {
        Err(NotNone)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotNone> {
        Err(NotNone)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotNone> {
        Err(NotNone)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, NotNone> {
        Err(NotNone)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotNone> {
        Err(NotNone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A struct written and read the way the generated ones are: `id` required, `note`
    /// required but nullable, `limit` optional.
    #[derive(Debug, PartialEq)]
    struct Probe {
        id: String,
        note: Option<String>,
        limit: Option<i64>,
    }

    impl serde::Serialize for Probe {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            write(
                serializer,
                "Probe",
                &["id", "note", "limit"],
                &[false, false, true],
                &[&self.id, &self.note, &self.limit],
            )
        }
    }

    impl<'de> de::Deserialize<'de> for Probe {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize(deserializer, "Probe", &["id", "note", "limit"])
        }
    }

    impl<'de> FromObject<'de> for Probe {
        fn from_object<A: MapAccess<'de>>(object: Reader<'de, A>) -> Result<Self, A::Error> {
            let mut id: Option<String> = None;
            // A required nullable field's slot is its `Option`, read leniently.
            let mut note: Option<String> = None;
            let mut limit: Option<i64> = None;
            read_fields(object, &mut [&mut id, &mut note, &mut limit], 1)?;
            let Some(id) = id else {
                return missing("id");
            };
            Ok(Probe { id, note, limit })
        }
    }

    #[test]
    fn a_required_nullable_field_is_written_as_null_and_an_absent_optional_one_left_out() {
        let probe = Probe {
            id: "x".into(),
            note: None,
            limit: None,
        };
        assert_eq!(
            serde_json::to_string(&probe).unwrap(),
            r#"{"id":"x","note":null}"#
        );
        let probe = Probe {
            limit: Some(0),
            note: Some("n".into()),
            ..probe
        };
        assert_eq!(
            serde_json::to_string(&probe).unwrap(),
            r#"{"id":"x","note":"n","limit":0}"#
        );
    }

    #[test]
    fn required_fields_are_read_strictly_and_optional_ones_leniently() {
        let probe: Probe =
            serde_json::from_str(r#"{"limit": null, "note": null, "id": "x", "extra": [1]}"#)
                .unwrap();
        assert_eq!(
            probe,
            Probe {
                id: "x".into(),
                note: None,
                limit: None
            }
        );
        let error = serde_json::from_str::<Probe>(r#"{"note": "n"}"#).unwrap_err();
        assert!(error.to_string().contains("missing field `id`"), "{error}");
        // `null` is not a value for a required field that is not nullable.
        assert!(serde_json::from_str::<Probe>(r#"{"id": null, "note": null}"#).is_err());
        // Repeats: a required field given twice is an error, an optional one given twice with
        // values too, but `null` after a value is not.
        let error =
            serde_json::from_str::<Probe>(r#"{"id": "x", "id": "y", "note": null}"#).unwrap_err();
        assert!(
            error.to_string().contains("duplicate field `id`"),
            "{error}"
        );
        let error =
            serde_json::from_str::<Probe>(r#"{"id": "x", "note": null, "limit": 1, "limit": 2}"#)
                .unwrap_err();
        assert!(
            error.to_string().contains("duplicate field `limit`"),
            "{error}"
        );
        let probe: Probe =
            serde_json::from_str(r#"{"id": "x", "note": null, "limit": 1, "limit": null}"#)
                .unwrap();
        assert_eq!(probe.limit, Some(1));
    }
}
