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
use serde::ser::{SerializeStruct, Serializer};

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

/// A required field's slot while its object is read: an `Option` of the field's type, filled
/// when the key comes. The generated code hands all of a struct's slots to [`read_fields`] as
/// two slices of trait objects (required, optional), so a struct's decoder is one call instead
/// of a branch and a generic call per field (which made decoders the largest part of a
/// generated crate's compile time). One method per trait: a trait object's vtable makes the
/// compiler build every method for every field type, used or not.
pub(crate) trait RequiredSlot<'de, A: MapAccess<'de>> {
    /// Reads the field's value; a field given twice is an error.
    fn read(&mut self, map: &mut A, name: &'static str) -> Result<(), A::Error>;
}

impl<'de, A: MapAccess<'de>, T: de::Deserialize<'de>> RequiredSlot<'de, A> for Option<T> {
    fn read(&mut self, map: &mut A, name: &'static str) -> Result<(), A::Error> {
        if self.is_some() {
            return Err(de::Error::duplicate_field(name));
        }
        *self = Some(map.next_value()?);
        Ok(())
    }
}

/// An optional field's slot (also a required field's whose type is nullable): `null` is
/// absent.
pub(crate) trait OptionalSlot<'de, A: MapAccess<'de>> {
    /// Reads the field's value; a field given twice with values is an error.
    fn read(&mut self, map: &mut A, name: &'static str) -> Result<(), A::Error>;
}

impl<'de, A: MapAccess<'de>, T: de::Deserialize<'de>> OptionalSlot<'de, A> for Option<T> {
    fn read(&mut self, map: &mut A, name: &'static str) -> Result<(), A::Error> {
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

/// Reads the object's entries into the slots. The reader's field names list the `required`
/// slots' fields first, then the `optional` ones'. Keys the type does not have are skipped.
pub(crate) fn read_fields<'de, A: MapAccess<'de>>(
    object: Reader<'de, A>,
    required: &mut [&mut dyn RequiredSlot<'de, A>],
    optional: &mut [&mut dyn OptionalSlot<'de, A>],
) -> Result<(), A::Error> {
    let Reader {
        mut map, fields, ..
    } = object;
    while let Some(key) = map.next_key_seed(FieldSeed(fields))? {
        let name = key.and_then(|index| Some((index, *fields.get(index)?)));
        match name {
            Some((index, name)) if index < required.len() => {
                if let Some(slot) = required.get_mut(index) {
                    slot.read(&mut map, name)?;
                }
            }
            Some((index, name)) => {
                if let Some(slot) = optional.get_mut(index - required.len()) {
                    slot.read(&mut map, name)?;
                }
            }
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
/// An integer field's value as read from the wire: a JSON integer, or a string of ASCII
/// digits with an optional leading `-` (fields whose schema is `type: string, format: int64`,
/// or documented both ways). Anything else (a fraction, spaces, an empty string, a number out
/// of range) is an error naming what came.
pub(crate) struct AnyInteger(pub(crate) i64);

impl<'de> de::Deserialize<'de> for AnyInteger {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IntegerVisitor;
        impl Visitor<'_> for IntegerVisitor {
            type Value = AnyInteger;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an integer, or a string of digits")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<AnyInteger, E> {
                Ok(AnyInteger(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<AnyInteger, E> {
                i64::try_from(v)
                    .map(AnyInteger)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<AnyInteger, E> {
                let digits = v.strip_prefix('-').unwrap_or(v);
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(E::invalid_value(de::Unexpected::Str(v), &self));
                }
                v.parse()
                    .map(AnyInteger)
                    .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
            }
        }
        deserializer.deserialize_any(IntegerVisitor)
    }
}

/// An integer written as a JSON string of digits (`"500"`), for fields whose schema is
/// `type: string` with an integer format.
#[derive(Clone, Copy)]
pub(crate) struct IntegerText(pub(crate) i64);

impl serde::Serialize for IntegerText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

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

/// A required field's value while its struct is written. The generated `Serialize` hands a
/// struct's fields to [`write`] as two slices of trait objects (required, optional), so it is
/// one call instead of a call per field; one method per trait, as for the slots.
pub(crate) trait RequiredValue<S: SerializeStruct> {
    /// Writes the value as the field `name`.
    fn write(&self, object: &mut S, name: &'static str) -> Result<(), S::Error>;
}

impl<S: SerializeStruct, T: serde::Serialize> RequiredValue<S> for T {
    fn write(&self, object: &mut S, name: &'static str) -> Result<(), S::Error> {
        object.serialize_field(name, self)
    }
}

/// An optional field's value (an `Option`): left out when `None`.
pub(crate) trait OptionalValue<S: SerializeStruct> {
    /// Writes the value as the field `name` when there is one, else skips the field.
    fn write(&self, object: &mut S, name: &'static str) -> Result<(), S::Error>;
    /// Whether there is a value.
    fn is_some(&self) -> bool;
}

impl<S: SerializeStruct, T: serde::Serialize> OptionalValue<S> for Option<T> {
    fn write(&self, object: &mut S, name: &'static str) -> Result<(), S::Error> {
        match self {
            Some(value) => object.serialize_field(name, value),
            None => object.skip_field(name),
        }
    }

    fn is_some(&self) -> bool {
        Option::is_some(self)
    }
}

/// `Serialize::serialize` of a generated struct: its fields in declaration order under the
/// wire names in `fields`, `optional[i]` telling whether the `i`th comes from the `optional`
/// values (left out when `None`) or the `required` ones.
pub(crate) fn write<S: Serializer>(
    serializer: S,
    name: &'static str,
    fields: &'static [&'static str],
    optional: &'static [bool],
    required_values: &[&dyn RequiredValue<S::SerializeStruct>],
    optional_values: &[&dyn OptionalValue<S::SerializeStruct>],
) -> Result<S::Ok, S::Error> {
    let present = required_values.len()
        + optional_values
            .iter()
            .filter(|value| value.is_some())
            .count();
    let mut object = serializer.serialize_struct(name, present)?;
    let (mut required_values, mut optional_values) =
        (required_values.iter(), optional_values.iter());
    for (field, optional) in fields.iter().zip(optional) {
        if *optional {
            if let Some(value) = optional_values.next() {
                value.write(&mut object, field)?;
            }
        } else if let Some(value) = required_values.next() {
            value.write(&mut object, field)?;
        }
    }
    object.end()
}
