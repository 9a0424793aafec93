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

/// A struct read from a JSON object one field at a time (implemented by the generated types).
pub(crate) trait FromObject<'de>: Sized {
    /// Reads the object's entries (keys with [`next`], values with [`read`],
    /// [`read_optional`] or [`skip`]), then the error [`finish`] reports, if any.
    fn from_object<A: MapAccess<'de>>(object: Reader<'de, A>) -> Result<Self, A::Error>;
}

/// `Deserialize::deserialize` of a generated struct: a JSON object, read by `T::from_object`.
/// `name` is the type's (for error messages), `fields` the wire names of its fields in
/// declaration order: arguments rather than constants of the trait, which would be two more
/// items for the compiler to check per type.
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
            error: None,
            lifetime: PhantomData,
        })
    }
}

/// A JSON object being read into a generated struct's field slots. The first error is kept
/// and ends the reading, instead of being returned by every call: the generated code then
/// has no `?` per field, each of which costs the compiler about as much as the field itself.
pub(crate) struct Reader<'de, A: MapAccess<'de>> {
    map: A,
    fields: &'static [&'static str],
    error: Option<A::Error>,
    lifetime: PhantomData<&'de ()>,
}

/// The index in `FIELDS` of the next key that names a field, `usize::MAX` for a key the type
/// does not have (its value must then be skipped), `None` at the end or after an error.
pub(crate) fn next<'de, A: MapAccess<'de>>(object: &mut Reader<'de, A>) -> Option<usize> {
    if object.error.is_some() {
        return None;
    }
    match object.map.next_key_seed(FieldSeed(object.fields)) {
        Ok(Some(field)) => Some(field.unwrap_or(usize::MAX)),
        Ok(None) => None,
        Err(error) => {
            object.error = Some(error);
            None
        }
    }
}

/// Finds a key among the field names without copying it.
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

/// Reads a field's value into its slot; a field given twice is an error.
pub(crate) fn read<'de, A: MapAccess<'de>, T: de::Deserialize<'de>>(
    object: &mut Reader<'de, A>,
    slot: &mut Option<T>,
    name: &'static str,
) {
    if slot.is_some() {
        object.error = Some(de::Error::duplicate_field(name));
        return;
    }
    match object.map.next_value() {
        Ok(value) => *slot = Some(value),
        Err(error) => object.error = Some(error),
    }
}

/// Reads an optional field's value (`null` is absent) into its slot; a field given twice with
/// values is an error.
pub(crate) fn read_optional<'de, A: MapAccess<'de>, T: de::Deserialize<'de>>(
    object: &mut Reader<'de, A>,
    slot: &mut Option<T>,
    name: &'static str,
) {
    match object.map.next_value::<Option<T>>() {
        Ok(Some(_)) if slot.is_some() => {
            object.error = Some(de::Error::duplicate_field(name));
        }
        Ok(Some(value)) => *slot = Some(value),
        Ok(None) => {}
        Err(error) => object.error = Some(error),
    }
}

/// Skips the value of a key the type does not have.
pub(crate) fn skip<'de, A: MapAccess<'de>>(object: &mut Reader<'de, A>) {
    if let Err(error) = object.map.next_value::<de::IgnoredAny>() {
        object.error = Some(error);
    }
}

/// Ends the reading: the first error met, if any.
pub(crate) fn finish<'de, A: MapAccess<'de>>(object: Reader<'de, A>) -> Result<(), A::Error> {
    match object.error {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// The error for the first required field whose slot is empty (`absent[i]` for `names[i]`).
pub(crate) fn missing<E: de::Error>(absent: &[bool], names: &[&'static str]) -> E {
    let name = absent
        .iter()
        .zip(names)
        .find(|(absent, _)| **absent)
        .map_or("?", |(_, name)| *name);
    E::missing_field(name)
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
