// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Every type of the API: request bodies, parameters, responses and the objects they hold.

/// The conversions every string enum has: `FromStr`, `Display`, and serde as a plain string,
/// all through the enum's `as_str` and `From<&str>`.
#[allow(unused_macros)]
macro_rules! string_enum_impls {
    ($name:ident) => {
        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <std::borrow::Cow<'de, str> as serde::Deserialize<'de>>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }
    };
}


/// Serializes a tagged union's payload with the tag property set to `value`.
#[allow(dead_code)]
fn tagged_serialize<T: serde::Serialize, S: serde::Serializer>(
    inner: &T,
    tag: &str,
    value: &str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut json = serde_json::to_value(inner).map_err(serde::ser::Error::custom)?;
    if let serde_json::Value::Object(map) = &mut json {
        map.entry(tag.to_owned())
            .or_insert_with(|| serde_json::Value::String(value.to_owned()));
    }
    serde::Serialize::serialize(&json, serializer)
}

/// Generated from `#/components/schemas/Cat`.
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Cat {
    /// Kind (`kind`): a string.
    pub kind: String,
    /// Lives (`lives`): an integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lives: Option<i64>,
}

/// Generated from `#/components/schemas/Documented`.
#[cfg(feature = "events")]
pub type Documented = crate::types::Payment;

/// Generated from `#/components/schemas/Dog`.
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Dog {
    /// Kind (`kind`): a string.
    pub kind: String,
    /// Bark (`bark`): `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bark: Option<bool>,
}

/// Generated from `#/components/schemas/Event`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// `event: thread.run.created`
    ThreadRunCreated(crate::types::EventThreadRunCreated),
    /// `event: done`
    Done(crate::types::EventDone),
    /// An object whose `event` this version of the spec does not list, kept as the server sent it.
    Unknown(serde_json::Value),
}

#[cfg(feature = "events")]
impl Event {
    /// The value of the tag property, when the variant is one the spec lists.
    pub fn tag(&self) -> Option<&'static str> {
        match self {
            Self::ThreadRunCreated(_) => Some("thread.run.created"),
            Self::Done(_) => Some("done"),
            Self::Unknown(_) => None,
        }
    }
}

#[cfg(feature = "events")]
impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ThreadRunCreated(inner) => {
                tagged_serialize(inner, "event", "thread.run.created", serializer)
            }
            Self::Done(inner) => tagged_serialize(inner, "event", "done", serializer),
            Self::Unknown(raw) => serde::Serialize::serialize(raw, serializer),
        }
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize<
            'de,
        >>::deserialize(deserializer)?;
        match value.get("event").and_then(serde_json::Value::as_str) {
            Some("thread.run.created") => {
                crate::strict::from_value(value)
                    .map(Self::ThreadRunCreated)
                    .map_err(serde::de::Error::custom)
            }
            Some("done") => {
                crate::strict::from_value(value)
                    .map(Self::Done)
                    .map_err(serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Generated from `#/components/schemas/Event/anyOf/1`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventDone {
    /// Event (`event`): [`EventDoneEvent`].
    pub event: crate::types::EventDoneEvent,
}

/// Generated from `#/components/schemas/Event/anyOf/1/properties/event`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EventDoneEvent {
    /// `done`
    Done,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "events")]
impl EventDoneEvent {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Done => "done",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "events")]
impl From<&str> for EventDoneEvent {
    fn from(value: &str) -> Self {
        match value {
            "done" => Self::Done,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "events")]
string_enum_impls!(EventDoneEvent);

/// Generated from `#/components/schemas/Event/anyOf/0`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventThreadRunCreated {
    /// Event (`event`): [`EventThreadRunCreatedEvent`].
    pub event: crate::types::EventThreadRunCreatedEvent,
    /// Data (`data`): [`EventThreadRunCreatedData`].
    pub data: crate::types::EventThreadRunCreatedData,
}

/// Generated from `#/components/schemas/Event/anyOf/0/properties/data`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EventThreadRunCreatedData {
    /// Id (`id`): a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// Generated from `#/components/schemas/Event/anyOf/0/properties/event`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EventThreadRunCreatedEvent {
    /// `thread.run.created`
    ThreadRunCreated,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "events")]
impl EventThreadRunCreatedEvent {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunCreated => "thread.run.created",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "events")]
impl From<&str> for EventThreadRunCreatedEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.created" => Self::ThreadRunCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "events")]
string_enum_impls!(EventThreadRunCreatedEvent);

/// Also used at `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/billing/properties/address`, `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/shipping/properties/address`.
///
/// Generated from `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/billing/properties/address`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Line1AndCityAddress {
    /// Line1 (`line1`): a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    /// City (`city`): a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

/// Generated from `#/paths/~1events/get/responses/200/content/application~1json/schema`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListEventsResponse {
    /// Event (`event`): [`Event`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<crate::types::Event>,
    /// Payment (`payment`): [`Payment`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<crate::types::Payment>,
    /// Documented (`documented`): [`Documented`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documented: Option<crate::types::Documented>,
    /// Billing (`billing`): [`WithAddress`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<crate::types::WithAddress>,
    /// Shipping (`shipping`): [`WithAddress`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<crate::types::WithAddress>,
}

/// Generated from `#/components/schemas/NewPet`.
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq)]
pub enum NewPet {
    /// `kind: Dog`
    Dog(crate::types::Dog),
    /// `kind: Cat`
    Cat(crate::types::Cat),
    /// An object whose `kind` this version of the spec does not list, kept as the server sent it.
    Unknown(serde_json::Value),
}

#[cfg(feature = "pets")]
impl NewPet {
    /// The value of the tag property, when the variant is one the spec lists.
    pub fn tag(&self) -> Option<&'static str> {
        match self {
            Self::Dog(_) => Some("Dog"),
            Self::Cat(_) => Some("Cat"),
            Self::Unknown(_) => None,
        }
    }
}

#[cfg(feature = "pets")]
impl serde::Serialize for NewPet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Dog(inner) => tagged_serialize(inner, "kind", "Dog", serializer),
            Self::Cat(inner) => tagged_serialize(inner, "kind", "Cat", serializer),
            Self::Unknown(raw) => serde::Serialize::serialize(raw, serializer),
        }
    }
}

#[cfg(feature = "pets")]
impl<'de> serde::Deserialize<'de> for NewPet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize<
            'de,
        >>::deserialize(deserializer)?;
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("Dog") => {
                crate::strict::from_value(value)
                    .map(Self::Dog)
                    .map_err(serde::de::Error::custom)
            }
            Some("Cat") => {
                crate::strict::from_value(value)
                    .map(Self::Cat)
                    .map_err(serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Generated from `#/components/schemas/Payment`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Payment {
    /// The value as [`PaymentCard`].
    #[serde(deserialize_with = "crate::strict::deserialize")]
    Card(crate::types::PaymentCard),
    /// The value as [`PaymentIban`].
    #[serde(deserialize_with = "crate::strict::deserialize")]
    Iban(crate::types::PaymentIban),
    /// The value as a string.
    String(String),
}

/// Generated from `#/components/schemas/Payment/anyOf/0`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentCard {
    /// Card (`card`): a string.
    pub card: String,
    /// Amount (`amount`): an integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
}

/// Generated from `#/components/schemas/Payment/anyOf/1`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentIban {
    /// Iban (`iban`): a string.
    pub iban: String,
    /// Amount (`amount`): an integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
}

/// Generated from `#/components/schemas/Pet`.
#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    /// `kind: dog`
    Dog(crate::types::Dog),
    /// `kind: cat`
    Cat(crate::types::Cat),
    /// An object whose `kind` this version of the spec does not list, kept as the server sent it.
    Unknown(serde_json::Value),
}

#[cfg(feature = "pets")]
impl Pet {
    /// The value of the tag property, when the variant is one the spec lists.
    pub fn tag(&self) -> Option<&'static str> {
        match self {
            Self::Dog(_) => Some("dog"),
            Self::Cat(_) => Some("cat"),
            Self::Unknown(_) => None,
        }
    }
}

#[cfg(feature = "pets")]
impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Dog(inner) => tagged_serialize(inner, "kind", "dog", serializer),
            Self::Cat(inner) => tagged_serialize(inner, "kind", "cat", serializer),
            Self::Unknown(raw) => serde::Serialize::serialize(raw, serializer),
        }
    }
}

#[cfg(feature = "pets")]
impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize<
            'de,
        >>::deserialize(deserializer)?;
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("dog") => {
                crate::strict::from_value(value)
                    .map(Self::Dog)
                    .map_err(serde::de::Error::custom)
            }
            Some("cat") => {
                crate::strict::from_value(value)
                    .map(Self::Cat)
                    .map_err(serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Also used at `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/billing`, `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/shipping`.
///
/// Generated from `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/billing`.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WithAddress {
    /// Address (`address`): [`Line1AndCityAddress`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::types::Line1AndCityAddress>,
}
