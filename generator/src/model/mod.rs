//! Model stage: a normalized OpenAPI document → resources, operations and types.
//!
//! Every type gets its identity ([`TypeId`], in the [`TypeSpace`]) when it is created: component
//! schemas before any conversion, so references (and cycles) resolve by id; inline schemas are
//! named after their parent. Merging same-shape types folds ids, and renaming one (shortening,
//! `[renames.types]`) changes its definition only.

pub mod cycles;
pub mod dedup;
pub mod directions;
pub mod docs;
pub mod features;
pub mod graph;
pub mod ident;
pub mod merge;
pub mod namer;
pub mod naming;
pub mod op_names;
pub mod operations;
pub mod path_template;
pub mod responses;
pub mod space;
pub mod types;
pub mod unions;
pub mod visit;

use serde_json::Value;

use crate::error::{Diagnostic, DiagnosticKind};
use crate::error::{Error, Location, Result};
pub use crate::model::ident::RustIdent;

pub use path_template::{HttpMethod, PathTemplate};
pub use space::{NameHint, NameRequest, TypeId, TypeSpace};

/// A Rust type as used in a field, parameter or return position.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeRef {
    /// `String`.
    String,
    /// `i32`.
    I32,
    /// `i64` (integers without a format: timestamps and amounts overflow `i32`).
    I64,
    /// `f64`.
    F64,
    /// `bool`.
    Bool,
    /// `serde_json::Value`: any JSON.
    Json,
    /// A generated type, by identity (its name is in the [`TypeSpace`]).
    Named(TypeId),
    /// `Vec<T>`.
    Vec(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
    /// `Box<T>`, to break a recursive type.
    Boxed(Box<TypeRef>),
    /// `Expandable<T>`: an ID, or the object it names.
    Expandable(Box<TypeRef>),
    /// Binary content: a `FileUpload` in a multipart body, `Vec<u8>` as a response.
    Binary,
    /// `Option<T>` inside a list or map whose items may be `null`.
    Nullable(Box<TypeRef>),
}

impl TypeRef {
    /// The Rust type as users write it (`Option<Vec<Dispute>>`): in docs and `api.json`.
    pub fn user_text(&self, space: &TypeSpace) -> String {
        match self {
            TypeRef::String => "String".into(),
            TypeRef::I32 => "i32".into(),
            TypeRef::I64 => "i64".into(),
            TypeRef::F64 => "f64".into(),
            TypeRef::Bool => "bool".into(),
            TypeRef::Json => "serde_json::Value".into(),
            TypeRef::Named(id) => space.name(*id).to_owned(),
            TypeRef::Vec(i) => format!("Vec<{}>", i.user_text(space)),
            TypeRef::Map(i) => format!("BTreeMap<String, {}>", i.user_text(space)),
            TypeRef::Boxed(i) => format!("Box<{}>", i.user_text(space)),
            TypeRef::Expandable(i) => format!("Expandable<{}>", i.user_text(space)),
            TypeRef::Binary => "FileUpload".into(),
            TypeRef::Nullable(i) => format!("Option<{}>", i.user_text(space)),
        }
    }

    /// The generated type this refers to directly (not through a `Vec`, map or `Expandable`).
    pub fn direct_named(&self) -> Option<TypeId> {
        match self {
            TypeRef::Named(id) => Some(*id),
            TypeRef::Boxed(inner) => inner.direct_named(),
            _ => None,
        }
    }

    /// Whether the Rust type implements `Default`.
    pub fn has_default(&self, space: &TypeSpace) -> bool {
        match self {
            TypeRef::Named(id) => space.get(*id).is_some_and(|t| t.has_default),
            TypeRef::Boxed(inner) => inner.has_default(space),
            TypeRef::Expandable(_) => false,
            _ => true,
        }
    }
}

/// One field of a generated struct.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Rust identifier (may be raw: `r#type`).
    pub rust_name: RustIdent,
    /// Name on the wire.
    pub wire_name: String,
    /// Type, without the `Option` of optional fields.
    pub ty: TypeRef,
    /// Listed in `required` (and not nullable): a plain `T`, else `Option<T>`.
    pub required: bool,
    /// Documentation.
    pub doc: Option<String>,
    /// Marked `deprecated`.
    pub deprecated: bool,
    /// How an integer field travels when its schema says more than `integer` (`None`: as the
    /// Rust type says).
    pub integer_wire: Option<IntegerWire>,
}

/// The wire forms of an integer field (`i64` in Rust) whose schema is not a plain `integer`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntegerWire {
    /// `type: string` with an integer `format` (`int64`, `int32`, ...): the integer is written
    /// as a JSON string of digits (`"500"`) and read from a string or a number.
    Text,
    /// `oneOf`/`anyOf` of an integer and such a string: written as a JSON number, read from
    /// either (the API documents both).
    Lenient,
}

/// One variant of a string enum.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// Rust name.
    pub rust_name: String,
    /// Value on the wire.
    pub value: String,
    /// Documentation (from the documented enum values, `extensions::ENUM_DOCS`).
    pub doc: Option<String>,
}

/// One alternative of a `oneOf`/`anyOf`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    /// Rust variant name.
    pub rust_name: String,
    /// Payload type.
    pub ty: TypeRef,
}

/// One variant of a tagged union: the tag value on the wire and the payload it announces.
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedVariant {
    /// Rust variant name.
    pub rust_name: String,
    /// Value of the tag property that selects this variant.
    pub tag_value: String,
    /// Payload type (an object that also carries the tag property, or not).
    pub ty: TypeRef,
}

/// What kind of Rust item a type is.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// A struct.
    Struct(Vec<Field>),
    /// A string enum with a catch-all for values the spec does not list.
    StringEnum {
        /// Known values.
        variants: Vec<Variant>,
        /// Name of the catch-all variant (`Unknown`).
        fallback: String,
    },
    /// An untagged enum of alternatives.
    OneOf(Vec<Alternative>),
    /// An enum told apart by a tag property (`discriminator`, or a required one-value enum
    /// property every alternative has), with a catch-all holding the raw JSON of tags the spec
    /// does not list.
    Tagged {
        /// Wire name of the tag property.
        tag: String,
        /// Known variants.
        variants: Vec<TaggedVariant>,
        /// Name of the catch-all variant (`Unknown`).
        fallback: String,
    },
    /// A type alias.
    Alias(TypeRef),
}

/// A generated named type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// Identity (references to the type hold it).
    pub id: TypeId,
    /// Rust name.
    pub name: String,
    /// Documentation.
    pub doc: Option<String>,
    /// JSON pointer of the schema it was made from.
    pub pointer: String,
    /// Item kind.
    pub kind: TypeKind,
    /// Whether it can derive/implement `Default` (every field optional or defaultable).
    pub has_default: bool,
}

/// How a query parameter serializes (OpenAPI `style`; `explode` is beside it in
/// [`OperationParameterKind::Query`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryStyle {
    /// `form`: `a=1&a=2` exploded, `a=1,2` not; objects as `k=v`.
    Form,
    /// `spaceDelimited`.
    SpaceDelimited,
    /// `pipeDelimited`.
    PipeDelimited,
    /// `deepObject`: `created[gte]=1`, arrays as `expand[]=a`.
    DeepObject,
}

/// Where an operation's parameter goes and how it is encoded there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperationParameterKind {
    /// A path segment ([`PathParam`], a function argument).
    Path,
    /// The URL query, with its style and whether it is exploded.
    Query {
        /// OpenAPI `style`.
        style: QueryStyle,
        /// OpenAPI `explode`.
        explode: bool,
    },
    /// An HTTP header (`simple` style).
    Header,
    /// The request body ([`RequestBody`]), in its encoding.
    Body(BodyEncoding),
}

/// A query or header parameter, stored as a field of the operation's parameter struct.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// The struct field.
    pub field: Field,
    /// Query (with its style) or header; never path or body.
    pub kind: OperationParameterKind,
}

impl Param {
    /// Whether the parameter goes in the URL query.
    pub fn is_query(&self) -> bool {
        matches!(self.kind, OperationParameterKind::Query { .. })
    }
}

/// A path parameter, passed as a function argument.
#[derive(Debug, Clone, PartialEq)]
pub struct PathParam {
    /// Rust argument name.
    pub rust_name: RustIdent,
    /// Name in the path template.
    pub wire_name: String,
    /// Type (`String` → `&str` argument).
    pub ty: TypeRef,
    /// Documentation.
    pub doc: Option<String>,
}

/// How a request body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded`, nested objects as `a[b]=c`.
    Form,
    /// `multipart/form-data`: text fields and file parts.
    Multipart,
    /// Raw bytes sent as they are (`application/octet-stream`, images, PDFs, any media type
    /// that is neither JSON, a form nor text): the argument is `&[u8]`.
    Binary,
    /// Text sent as it is (`text/plain`, any `text/*`): the argument is `&str`.
    Text,
}

/// A request body.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    /// Rust type of the body.
    pub ty: TypeRef,
    /// Media type it is sent as.
    pub encoding: BodyEncoding,
    /// The media type string (`application/json`).
    pub media_type: String,
    /// Whether the spec requires a body.
    pub required: bool,
    /// The spec's example of the body (the media type's `example` or first `examples` value,
    /// else the schema's `example`): the operation's doc example is written from it.
    pub example: Option<serde_json::Value>,
}

/// Where the pagination cursor goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    /// Type of one item of `data`.
    pub item: TypeRef,
    /// Field of the request (params struct or body) holding `starting_after`.
    pub cursor_field: RustIdent,
    /// Whether the cursor is in the body (else in the params struct).
    pub cursor_in_body: bool,
    /// Whether the item's `id` is required (plain `String`) or optional.
    pub item_id_required: bool,
}

/// The statuses a documented response applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseStatus {
    /// One status (`404`).
    Code(u16),
    /// A class of statuses (`4XX` is `Range(4)`).
    Range(u8),
    /// `default`: every status not documented otherwise.
    Default,
}

/// One documented response of an operation: a variant of its response or error enum.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Where it applies.
    pub status: ResponseStatus,
    /// The variant's name (`Created`, `NotFound`).
    pub variant: String,
    /// The decoded body (`TypeRef::Binary` for raw bytes); `None` without a body.
    pub ty: Option<TypeRef>,
    /// The response's description.
    pub doc: Option<String>,
}

/// A generated enum of an operation's responses (`CreatePetResponse`, `CreatePetError`).
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeEnum {
    /// The enum's identity in the type namespace (it is named with the types).
    pub id: TypeId,
    /// The enum's name.
    pub name: String,
    /// One variant per documented response, in status order.
    pub outcomes: Vec<Outcome>,
}

/// What an operation's documented error responses (`4XX`, `5XX`, their codes, and `default`
/// beside a success) decode into.
#[derive(Debug, Clone, PartialEq)]
pub enum OperationErrors {
    /// Statuses with different bodies (or some without one): the operation's error enum
    /// (`ReplacePetError`), one variant per status.
    Enum(OutcomeEnum),
    /// Every documented error status has the same JSON body: that type, read with
    /// `err.error_body::<T>()` (no enum is generated).
    Body {
        /// The body's type.
        ty: TypeRef,
        /// The statuses it is documented for, in order.
        statuses: Vec<ResponseStatus>,
    },
}

/// One API operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// Rust method name on the resource (`close`).
    pub fn_name: RustIdent,
    /// Base for the names of the operation's own types (`CloseDispute`).
    pub type_base: String,
    /// The summary (`Close a dispute`).
    pub summary: Option<String>,
    /// The description.
    pub description: Option<String>,
    /// HTTP method.
    pub method: HttpMethod,
    /// Path template (`/v1/disputes/{id}/close`), parsed.
    pub path: PathTemplate,
    /// JSON pointer of the operation.
    pub pointer: String,
    /// Marked deprecated.
    pub deprecated: bool,
    /// Path parameters in template order.
    pub path_params: Vec<PathParam>,
    /// Query and header parameters, gathered in `params_type`.
    pub params: Vec<Param>,
    /// Struct holding `params`, when there are any.
    pub params_type: Option<TypeId>,
    /// Headers the client always sends with a fixed value (`Accept: application/json`).
    pub fixed_headers: Vec<(String, String)>,
    /// Query pairs the client always sends as written: the constant pairs of a query string
    /// in the path template (`units=metric` of `/current?lat={lat}&units=metric`).
    pub fixed_query: Vec<(String, String)>,
    /// Request body.
    pub body: Option<RequestBody>,
    /// Decoded 2xx response; `None` when the response has no body.
    pub response: Option<TypeRef>,
    /// The response is a `text/event-stream`: the operation returns a stream of server-sent
    /// events, and `response` is the type of one event's data.
    pub event_stream: bool,
    /// The success response is also offered as `text/event-stream` (beside JSON): the type of
    /// one event's data. The resource then has a second method for this operation (see
    /// [`Operation::stream_of`]).
    pub stream_alternative: Option<TypeRef>,
    /// For the streaming method of an operation whose response is offered both as JSON and
    /// as server-sent events: the name of the operation's JSON method. Not an operation of its
    /// own in the coverage count.
    pub stream_of: Option<RustIdent>,
    /// When the success responses differ (`200` a `Pet`, `201` a `PetCreated`): the enum the
    /// call returns instead of `response`, one variant per documented status.
    pub success_enum: Option<OutcomeEnum>,
    /// The documented error statuses with a body (`404`, `4XX`, ...): the operation's error
    /// enum, decoded from an API error on request (`err.operation_error::<E>()`), or the one
    /// type they share.
    pub errors: Option<OperationErrors>,
    /// List pagination, when the response is a list page and the request has a cursor.
    pub pagination: Option<Pagination>,
    /// Idempotency header the spec declares for this operation (`Unique-Key`).
    pub idempotency_header: Option<String>,
    /// The JSON body's members are sent as query parameters too (`limit=3&created[gte]=1`),
    /// beside the body; set by the settings (`[[operations]] body_also_as_query`), for a `GET`
    /// whose filters the spec puts in a body that servers or proxies may drop.
    pub body_also_as_query: bool,
}

/// A group of operations (`disputes`).
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    /// Accessor name on the client (`disputes`); also the resource's module, file and feature.
    pub fn_name: RustIdent,
    /// Handle type name (`Disputes`).
    pub type_name: String,
    /// The handle's identity in the type namespace (it is named with the types).
    pub handle_id: TypeId,
    /// Documentation.
    pub doc: Option<String>,
    /// Operations, in spec order.
    pub operations: Vec<Operation>,
}

/// A server the API is reachable at.
#[derive(Debug, Clone, PartialEq)]
pub struct Server {
    /// Constant name (`TEST`, `LIVE`).
    pub const_name: String,
    /// Base URL.
    pub url: String,
    /// Documentation.
    pub doc: Option<String>,
    /// Prefixes of the secret keys that belong to this server (`sk_live_`), from the server's
    /// `x-key-prefix` extension (a string or a list): a key with one of them selects this
    /// server by default, and choosing another server for it is a configuration error.
    pub key_prefixes: Vec<String>,
}

/// How requests authenticate.
#[derive(Debug, Clone, PartialEq)]
pub enum AuthScheme {
    /// HTTP Basic: the secret key as user name, empty password.
    Basic {
        /// Scheme name in the spec.
        scheme: String,
    },
    /// HTTP Bearer.
    Bearer {
        /// Scheme name in the spec.
        scheme: String,
    },
    /// An API key header.
    ApiKeyHeader {
        /// Scheme name in the spec.
        scheme: String,
        /// Header name.
        header: String,
    },
    /// An API key query parameter.
    ApiKeyQuery {
        /// Scheme name in the spec.
        scheme: String,
        /// Query parameter name.
        param: String,
    },
    /// OAuth2: the client fetches its bearer tokens from the token endpoint (RFC 6749).
    OAuth2 {
        /// Scheme name in the spec.
        scheme: String,
        /// The `clientCredentials` flow's `tokenUrl` (relative URLs are relative to the server).
        token_url: Option<String>,
        /// Where a refresh token is exchanged: the first `refreshUrl`, else the `tokenUrl`, of
        /// the `authorizationCode`, `password` and `clientCredentials` flows.
        refresh_url: Option<String>,
        /// The scopes the flows declare (name, description), each once, in order.
        scopes: Vec<(String, String)>,
    },
}

/// Everything the emit stage needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.description`.
    pub description: Option<String>,
    /// `info.version`.
    pub version: String,
    /// Servers; the first is the default.
    pub servers: Vec<Server>,
    /// Credentials the client takes (one per scheme of the first security requirement).
    pub auth: Vec<AuthScheme>,
    /// Resources in first-seen order.
    pub resources: Vec<Resource>,
    /// Generated types, sorted by name.
    pub types: TypeSpace,
}

/// The API's conventions the model needs while it is built (from the settings).
#[derive(Debug, Clone, Default)]
pub struct ModelConventions {
    /// Header names that carry an operation's idempotency key besides any name containing
    /// `idempotency` (WePay's `Unique-Key`).
    pub idempotency_headers: Vec<String>,
    /// Whether a `Content-Type` header an operation declares is also sent on a request
    /// without a body, with its declared value (`[conventions] content_type_without_body`).
    pub content_type_without_body: bool,
}

/// Builds the model from a normalized document with no conventions beyond the spec
/// ([`build_with`]).
pub fn build(document: &Value, diagnostics: &mut Vec<Diagnostic>) -> Result<Api> {
    build_with(document, &ModelConventions::default(), diagnostics)
}

/// Builds the model from a normalized document; diagnostics collect notes and warnings.
///
/// Every independent error is reported (a security scheme, a component schema, an operation's
/// parameter, body or response, a cycle of aliases — each on its own), as one
/// [`Error::Many`] when there are several.
pub fn build_with(
    document: &Value,
    conventions: &ModelConventions,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Api> {
    // The document's strings are searched for hidden characters on a second thread while
    // openapiv3 reads it.
    let (spec, hidden) = std::thread::scope(|scope| {
        let hidden = scope.spawn(|| docs::hidden_characters_warning(document));
        let spec = crate::timings::phase("model: read OpenAPI", || {
            crate::shape::parse_checked(document)
        });
        (spec, hidden.join())
    });
    let spec = spec.map_err(|errors| {
        Error::from_all(errors).unwrap_or_else(|| Error::Invalid {
            location: Location::pointer("#"),
            message: "the document could not be read".into(),
        })
    })?;
    // A panic there is a panic here, as if it had run on this thread.
    diagnostics.extend(hidden.unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
    let (servers, auth, mut errors, mut resources, mut type_defs) =
        crate::timings::phase("model: operations and types", || {
            let servers = operations::servers(&spec, diagnostics);
            let (auth, mut errors) = operations::auth_schemes(&spec, diagnostics);
            let mut types = types::TypeBuilder::new(&spec, diagnostics);
            types.conventions = conventions.clone();
            let resources = operations::build_resources(&spec, &mut types);
            errors.append(&mut types.errors);
            (servers, auth, errors, resources, types.finish())
        });
    // Every item of the type namespace asked for a name while it was built: the namer gives
    // them (before alias cycles are reported: their errors name the types).
    // (Names still taken are reported by the second naming, after merging, which is final.)
    let first = crate::timings::phase("model: names", || {
        let mut found = Vec::new();
        let first = namer::name_items(&mut type_defs, &mut resources, &mut found);
        diagnostics.extend(
            found
                .into_iter()
                .filter(|d| d.kind != DiagnosticKind::NameCollision),
        );
        first
    });
    let mut taken = first.taken.clone();
    // Alias cycles are checked on what could be built: they are independent of the errors
    // above.
    errors.extend(cycles::alias_cycles(type_defs.as_slice()));
    if let Some(error) = Error::from_all(errors) {
        return Err(error);
    }
    let merged = crate::timings::phase("model: merge same shapes", || {
        let merged = dedup::merge_same_shapes(&mut type_defs, &mut taken, diagnostics);
        graph::apply_merges(&mut type_defs, &mut resources, &merged.merges);
        merged
    });
    if merged.merged > 0 {
        diagnostics.push(
            Diagnostic::note(
                Location::default(),
                format!(
                    "{} types repeated the shape of another one and were merged into it",
                    merged.merged
                ),
            )
            .with_kind(DiagnosticKind::SameShape),
        );
    }
    crate::timings::phase("model: names, cycles, defaults", || {
        let mut taken = namer::rename_after_merging(
            &mut type_defs,
            &mut resources,
            &first,
            &merged.names,
            diagnostics,
        );
        namer::shorten_long_names(&mut type_defs, &mut taken, diagnostics);
        type_defs.forget_requests();
        unions::name_numbered_alternatives(&mut type_defs);
        cycles::box_recursive_fields(&mut type_defs)?;
        types::compute_defaults(&mut type_defs);
        type_defs.sort_by_name();
        Ok::<_, Error>(())
    })?;
    Ok(Api {
        title: spec.info.title.clone(),
        description: docs::doc_text(spec.info.description.as_deref()),
        version: spec.info.version.clone(),
        servers,
        auth,
        resources,
        types: type_defs,
    })
}
