//! Which way each generated type crosses the wire, computed from the type graph: a type the
//! client sends (request bodies, parameters) needs `Serialize`, a type it receives (responses,
//! pages, events, and schemas no request uses) needs `Deserialize`. The generated crate
//! implements only what the API needs; its `serialize` and `deserialize` cargo features add
//! the other direction to every type for users who want it (storing a response, decoding a
//! request body in a mock server).
//!
//! serde's impls are most of what a generated crate costs to compile (on Stripe's spec,
//! `Deserialize` alone is about two thirds of `cargo check`), so a request parameter type that
//! is never decoded should not pay for a decoder.

use std::collections::BTreeSet;

use crate::model::graph::{reachable, request_roots, response_roots};
use crate::model::{Api, TypeId};

/// The cargo feature that gives every type `Serialize`, not only the types the client sends.
pub const SERIALIZE_FEATURE: &str = "serialize";

/// The cargo feature that gives every type `Deserialize`, not only the types it receives.
pub const DESERIALIZE_FEATURE: &str = "deserialize";

/// The types that need each direction; a type in neither set needs both only with the features.
#[derive(Debug, Clone, Default)]
pub struct Directions {
    /// Types reachable from what a request carries.
    pub serialize: BTreeSet<TypeId>,
    /// Types reachable from what a response carries, and from every type no request reaches.
    pub deserialize: BTreeSet<TypeId>,
}

impl Directions {
    /// Whether `Serialize` is always implemented for the type (else only with the feature).
    pub fn always_serialize(&self, id: TypeId) -> bool {
        self.serialize.contains(&id)
    }

    /// Whether `Deserialize` is always implemented for the type (else only with the feature).
    pub fn always_deserialize(&self, id: TypeId) -> bool {
        self.deserialize.contains(&id)
    }
}

/// Computes the directions of every type of `api`; `also_received` are types the crate decodes
/// outside any response (the object types of webhook events).
pub fn plan(api: &Api, also_received: impl IntoIterator<Item = TypeId>) -> Directions {
    let operations = || api.resources.iter().flat_map(|r| r.operations.iter());
    let serialize = reachable(&api.types, operations().flat_map(request_roots));
    // Schemas no request uses are what the API sends (events, webhook payloads, objects
    // named in a spec for reference); so are the responses and webhook events' objects.
    let received = operations()
        .flat_map(response_roots)
        .chain(also_received)
        .chain(
            api.types
                .iter()
                .filter(|t| !serialize.contains(&t.id))
                .map(|t| t.id),
        );
    let deserialize = reachable(&api.types, received);
    Directions {
        serialize,
        deserialize,
    }
}
