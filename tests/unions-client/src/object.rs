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

/// Writes a struct's fields one by one, keeping the first error (so a generated `Serialize`
/// is a list of calls, without a `?` per field).
pub(crate) struct Writer<S: Serializer> {
    state: Result<S::SerializeStruct, S::Error>,
}

impl<S: Serializer> Writer<S> {
    /// Starts a struct with `required` fields and the optional ones that are `present`.
    pub(crate) fn begin(
        serializer: S,
        name: &'static str,
        required: usize,
        present: &[bool],
    ) -> Self {
        let optional = present.iter().filter(|p| **p).count();
        Writer {
            state: serializer.serialize_struct(name, required + optional),
        }
    }

    /// Writes a field.
    pub(crate) fn field<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if let Ok(object) = &mut self.state {
            if let Err(error) = object.serialize_field(name, value) {
                self.state = Err(error);
            }
        }
    }

    /// Writes an optional field when it has a value (absent fields are left out, not `null`).
    pub(crate) fn optional<T: serde::Serialize>(&mut self, name: &'static str, value: &Option<T>) {
        match value {
            Some(value) => self.field(name, value),
            None => {
                if let Ok(object) = &mut self.state {
                    if let Err(error) = object.skip_field(name) {
                        self.state = Err(error);
                    }
                }
            }
        }
    }

    /// Ends the struct, or returns the first error.
    pub(crate) fn end(self) -> Result<S::Ok, S::Error> {
        self.state?.end()
    }
}
