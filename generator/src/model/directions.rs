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

use crate::model::graph::reachable;
use crate::model::{Api, Operation, TypeRef};

/// The cargo feature that gives every type `Serialize`, not only the types the client sends.
pub const SERIALIZE_FEATURE: &str = "serialize";

/// The cargo feature that gives every type `Deserialize`, not only the types it receives.
pub const DESERIALIZE_FEATURE: &str = "deserialize";

/// The types that need each direction; a type in neither set needs both only with the features.
#[derive(Debug, Clone, Default)]
pub struct Directions {
    /// Types reachable from what a request carries.
    pub serialize: BTreeSet<String>,
    /// Types reachable from what a response carries, and from every type no request reaches.
    pub deserialize: BTreeSet<String>,
}

impl Directions {
    /// Whether `Serialize` is always implemented for the type (else only with the feature).
    pub fn always_serialize(&self, type_name: &str) -> bool {
        self.serialize.contains(type_name)
    }

    /// Whether `Deserialize` is always implemented for the type (else only with the feature).
    pub fn always_deserialize(&self, type_name: &str) -> bool {
        self.deserialize.contains(type_name)
    }
}

/// The named types of `ty`, pushed to `out`.
fn push_named(ty: &TypeRef, out: &mut Vec<String>) {
    ty.for_each_named(&mut |n| out.push(n.to_owned()));
}

/// The types an operation sends: its parameters, parameter struct and body.
fn request_roots(op: &Operation) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(p) = &op.params_type {
        out.push(p.clone());
    }
    for p in &op.params {
        push_named(&p.field.ty, &mut out);
    }
    for p in &op.path_params {
        push_named(&p.ty, &mut out);
    }
    if let Some(b) = &op.body {
        push_named(&b.ty, &mut out);
    }
    out
}

/// The types an operation receives: its response, the events of its stream and its page items.
fn response_roots(op: &Operation) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(r) = &op.response {
        push_named(r, &mut out);
    }
    if let Some(s) = &op.stream_alternative {
        push_named(s, &mut out);
    }
    if let Some(pg) = &op.pagination {
        push_named(&pg.item, &mut out);
    }
    out
}

/// Computes the directions of every type of `api`.
pub fn plan(api: &Api) -> Directions {
    let operations = || api.resources.iter().flat_map(|r| r.operations.iter());
    let serialize = reachable(&api.types, operations().flat_map(request_roots));
    // Schemas no request uses are what the API sends (events, webhook payloads, objects
    // named in a spec for reference); so are the responses.
    let received = operations().flat_map(response_roots).chain(
        api.types
            .iter()
            .filter(|t| !serialize.contains(&t.name))
            .map(|t| t.name.clone()),
    );
    let deserialize = reachable(&api.types, received);
    Directions {
        serialize,
        deserialize,
    }
}
