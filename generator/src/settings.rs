//! Generator settings: the API-specific facts a spec does not carry (crate identity, webhook
//! signing, environments' key prefixes, renames), read from a TOML file (`codegen.toml` next to
//! the specs, or `--settings PATH`).
//!
//! Every key is optional; what is left out comes from the spec. Unknown keys and values of the
//! wrong type are rejected with the file, line and column. The format is documented in the
//! repository's README (section "Settings").

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::model::naming::const_name;
use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Location, Result};
use crate::model::{Api, AuthScheme, BodyEncoding, Server, TypeKind, TypeRef};

/// The file name looked for in a spec folder.
pub const FILE_NAME: &str = "codegen.toml";

/// Settings as read from a file, with the text kept to locate later errors.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// The parsed settings.
    pub values: SettingsFile,
    /// The file they were read from (for error locations); `None` for built-in defaults.
    pub file: Option<String>,
    /// The file's text, to turn byte offsets into lines and columns.
    text: String,
}

/// The settings file's contents.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsFile {
    /// `[crate]`: the generated package.
    #[serde(default, rename = "crate")]
    pub krate: CrateSettings,
    /// `[[environments]]`: the servers, replacing the spec's `servers`.
    #[serde(default)]
    pub environments: Option<Vec<EnvironmentSettings>>,
    /// `[auth]`: how requests authenticate, replacing the spec's security schemes.
    #[serde(default)]
    pub auth: Option<AuthSettings>,
    /// `[idempotency]`: the header carrying idempotency keys.
    #[serde(default)]
    pub idempotency: Option<IdempotencySettings>,
    /// `[webhooks]`: webhook signing and event types; without it, no webhook module.
    #[serde(default)]
    pub webhooks: Option<WebhookSettings>,
    /// `[resources]`: which resources to generate.
    #[serde(default)]
    pub resources: ResourceSettings,
    /// `[renames]`: Rust names to use instead of the generated ones.
    #[serde(default)]
    pub renames: RenameSettings,
    /// `[fetch]`: where `cargo xtask fetch-specs` downloads the spec pages from.
    #[serde(default)]
    pub fetch: Option<FetchSettings>,
    /// `[conventions]`: the API's habits its spec does not state.
    #[serde(default)]
    pub conventions: ConventionSettings,
    /// `[[operations]]`: how single operations are sent, beyond what the spec says.
    #[serde(default)]
    pub operations: Vec<OperationSettings>,
    /// `overlays = ["overlays/fixes.yaml"]`: OpenAPI Overlay 1.0 documents (paths relative to
    /// the settings file) applied in order to each spec file before it is read.
    #[serde(default)]
    pub overlays: Vec<Spanned<String>>,
}

/// One `[[operations]]` entry: settings of the operation at `route`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationSettings {
    /// `METHOD /path`, the path as the spec writes it (`GET /v1/checkout/sessions/list`).
    pub route: Spanned<String>,
    /// Send the JSON body's members as query parameters too (`limit=3&created[gte]=1`, nested
    /// values bracketed as deep objects are), beside the body: for a `GET` whose filters the
    /// spec puts in a body, which some servers and proxies drop.
    #[serde(default)]
    pub body_also_as_query: Option<Spanned<bool>>,
}

/// `[conventions]`: facts about an API's responses that its spec does not state. Off by
/// default: another API gets only what its spec says.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConventionSettings {
    /// A named set of conventions filling every key of this section that is not set
    /// ([`PRESETS`]: `"stripe-like"`); a key that is set overrides the preset's value.
    #[serde(default)]
    pub preset: Option<Spanned<String>>,
    /// Response headers carrying the request ID, the first present wins (`Request-Id`,
    /// `X-Request-Id`); none by default.
    #[serde(default)]
    pub request_id_headers: Option<Vec<String>>,
    /// The member of an error body holding the error object, read as `type`, `code`,
    /// `message` and `param` (Stripe's `{"error": {...}}`: `"error"`); `""` or unset: no
    /// envelope, the body is kept as sent.
    #[serde(default)]
    pub error_envelope: Option<String>,
    /// Dotted paths of error-body members read as the error code without an envelope
    /// (`["code"]`); none by default.
    #[serde(default)]
    pub error_code_fields: Option<Vec<String>>,
    /// Dotted paths of error-body members read as the error message without an envelope
    /// (`["message", "error.message"]`); none by default.
    #[serde(default)]
    pub error_message_fields: Option<Vec<String>>,
    /// How webhook deliveries are signed (needed with `[webhooks]`): `"timestamped-hmac-sha256"`
    /// (Stripe's: the header reads `t=<unix seconds>,<scheme>=<hex>`, the HMAC-SHA256 of
    /// `<t>.<body>` keyed with the signing secret).
    #[serde(default)]
    pub webhook_signature: Option<Spanned<String>>,
    /// Property names that every response object carries when its schema has them (`id`,
    /// `object`, `created`, a list's `data`): required and not nullable in the normalized
    /// document, a plain `T` in Rust, a decode error naming the field when one is missing.
    #[serde(default)]
    pub always_present: Vec<String>,
    /// `"Component.field"` pairs the `always_present` rule leaves alone.
    #[serde(default)]
    pub always_present_exceptions: Vec<Spanned<String>>,
    /// Whether every optional property also accepts `null` (`nullable` in the normalized
    /// document): Apifox exports mean it, and Stripe-like APIs send `null` for absent values.
    /// Unset (and without a preset saying it): yes for an Apifox export (a document with
    /// `x-apifox-*` extensions), no for any other; the `stripe-like` preset says yes.
    #[serde(default)]
    pub optional_nullable: Option<bool>,
    /// Whether a `Content-Type` header an operation declares is sent on a request without a
    /// body too, with its declared value (example, default or single allowed value): for
    /// servers that reject requests without one. Unset: no, `Content-Type` goes out only with
    /// a body.
    #[serde(default)]
    pub content_type_without_body: Option<bool>,
}

/// The webhook signature formats `[conventions] webhook_signature` names.
pub const WEBHOOK_SIGNATURES: &[&str] = &["timestamped-hmac-sha256"];

/// The presets of `[conventions] preset`: name and the conventions it sets (keys a settings
/// file sets override them).
pub const PRESETS: &[&str] = &["stripe-like"];

impl ConventionSettings {
    /// The conventions of the preset `name` (one of [`PRESETS`]), `None` for another name.
    pub fn preset(name: &str) -> Option<ConventionSettings> {
        match name {
            // Stripe's habits, which WooshPay shares: `Request-Id` headers, the
            // `{"error": {...}}` envelope, `t=…,v1=…` webhook signatures.
            "stripe-like" => Some(ConventionSettings {
                request_id_headers: Some(vec!["Request-Id".into(), "X-Request-Id".into()]),
                error_envelope: Some("error".into()),
                webhook_signature: Some(Spanned::new(0..0, "timestamped-hmac-sha256".into())),
                optional_nullable: Some(true),
                ..ConventionSettings::default()
            }),
            _ => None,
        }
    }

    /// These conventions with every key they leave unset taken from `defaults`.
    pub fn or(self, defaults: ConventionSettings) -> ConventionSettings {
        ConventionSettings {
            preset: self.preset.or(defaults.preset),
            request_id_headers: self.request_id_headers.or(defaults.request_id_headers),
            error_envelope: self.error_envelope.or(defaults.error_envelope),
            error_code_fields: self.error_code_fields.or(defaults.error_code_fields),
            error_message_fields: self.error_message_fields.or(defaults.error_message_fields),
            webhook_signature: self.webhook_signature.or(defaults.webhook_signature),
            optional_nullable: self.optional_nullable.or(defaults.optional_nullable),
            content_type_without_body: self
                .content_type_without_body
                .or(defaults.content_type_without_body),
            always_present: if self.always_present.is_empty() {
                defaults.always_present
            } else {
                self.always_present
            },
            always_present_exceptions: if self.always_present_exceptions.is_empty() {
                defaults.always_present_exceptions
            } else {
                self.always_present_exceptions
            },
        }
    }
}

/// `[crate]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrateSettings {
    /// Package name (default: from the spec's title, `Stripe API` → `stripe_api`).
    pub name: Option<Spanned<String>>,
    /// Package version (default `0.1.0`).
    pub version: Option<Spanned<String>>,
    /// Package description (default: `Typed Rust client for <title>`).
    pub description: Option<String>,
    /// Whether regeneration bumps `version` by what the change report says (default `false`).
    #[serde(default)]
    pub bump_version: bool,
}

/// One `[[environments]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvironmentSettings {
    /// Variant name of `Environment` (`test` → `Environment::Test`).
    pub name: Spanned<String>,
    /// Base URL.
    pub url: Spanned<String>,
    /// Documentation.
    pub description: Option<String>,
    /// API key prefixes that select this environment (`sk_test_`).
    #[serde(default)]
    pub key_prefixes: Vec<String>,
}

/// `[auth]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthSettings {
    /// `basic` (key as user name), `bearer`, `header` or `query`.
    pub scheme: Spanned<AuthKind>,
    /// Header or query parameter name, for `header` and `query`.
    pub name: Option<Spanned<String>>,
}

/// The kinds of `[auth] scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AuthKind {
    /// HTTP Basic with the key as user name.
    Basic,
    /// HTTP Bearer.
    Bearer,
    /// An API key header.
    Header,
    /// An API key query parameter.
    Query,
}

/// `[idempotency]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdempotencySettings {
    /// The header sent where an operation declares none (`Idempotency-Key`).
    #[serde(default)]
    pub header: Option<Spanned<String>>,
    /// Header names that, declared as an operation's parameter, carry its idempotency key
    /// (WePay's `Unique-Key`): the client fills them, they are no argument. `header` and any
    /// name containing `idempotency` always are.
    #[serde(default)]
    pub recognize: Vec<String>,
}

/// `[webhooks]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookSettings {
    /// `false` to generate no webhook module even when the spec describes webhooks.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// The header carrying the signature (`Wooshpay-Signature`).
    pub signature_header: Option<Spanned<String>>,
    /// The signature scheme key in the header (`v1`).
    #[serde(default = "default_scheme")]
    pub scheme: Spanned<String>,
    /// Default timestamp tolerance in seconds.
    #[serde(default = "default_tolerance")]
    pub tolerance_seconds: u64,
    /// What signing secrets start with (`whsec_`), for documentation.
    #[serde(default)]
    pub secret_prefix: String,
    /// The event types; default: the names of the spec's `webhooks`.
    #[serde(default)]
    pub events: Vec<EventSettings>,
    /// Predicates on event types (`is_dispute` for the prefix `charge.dispute.`).
    #[serde(default)]
    pub type_groups: Vec<TypeGroupSettings>,
}

fn yes() -> bool {
    true
}

fn default_scheme() -> Spanned<String> {
    Spanned::new(0..0, "v1".to_owned())
}

fn default_tolerance() -> u64 {
    300
}

/// One `[[webhooks.events]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventSettings {
    /// The type on the wire (`charge.dispute.created`).
    #[serde(rename = "type")]
    pub type_: Spanned<String>,
    /// What the event means.
    pub doc: Option<String>,
    /// The generated type `data.object` decodes into (`Dispute`, its name after
    /// `[renames.types]`): `EventObject::Dispute` from `Event::object()`.
    pub object: Option<Spanned<String>>,
}

/// One `[[webhooks.type_groups]]` entry: `EventType::<method>()` is true for types starting with
/// `prefix`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeGroupSettings {
    /// Method name (`is_dispute`).
    pub method: Spanned<String>,
    /// Type prefix (`charge.dispute.`).
    pub prefix: String,
    /// Documentation of the method.
    pub doc: Option<String>,
}

/// `[resources]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourceSettings {
    /// Only these resources (by accessor name, `disputes`); empty: all.
    #[serde(default)]
    pub include: Vec<Spanned<String>>,
    /// Not these resources.
    #[serde(default)]
    pub exclude: Vec<Spanned<String>>,
    /// Only the operations with one of these tags (or chosen by another `include_*`).
    #[serde(default)]
    pub include_tags: Vec<Spanned<String>>,
    /// Not the operations with one of these tags.
    #[serde(default)]
    pub exclude_tags: Vec<Spanned<String>>,
    /// Only the operations under these path patterns (`*` one segment, `**` any).
    #[serde(default)]
    pub include_paths: Vec<Spanned<String>>,
    /// Not the operations under these path patterns.
    #[serde(default)]
    pub exclude_paths: Vec<Spanned<String>>,
    /// Only these operations, by `operationId` or `METHOD /path`.
    #[serde(default)]
    pub include_operations: Vec<Spanned<String>>,
    /// Not these operations.
    #[serde(default)]
    pub exclude_operations: Vec<Spanned<String>>,
}

/// `[renames]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RenameSettings {
    /// Generated type name → new name.
    #[serde(default)]
    pub types: BTreeMap<Spanned<String>, Spanned<String>>,
    /// `resource.operation` → new method name.
    #[serde(default)]
    pub operations: BTreeMap<Spanned<String>, Spanned<String>>,
    /// Accessor → new accessor (`webhooks` → `webhook_endpoints`: `client.webhook_endpoints()`,
    /// handle `WebhookEndpointsResource`, module and Cargo feature `webhook_endpoints`). The
    /// other settings (`[resources]`, `[renames.operations]`) name resources by their new
    /// accessor.
    #[serde(default)]
    pub resources: BTreeMap<Spanned<String>, Spanned<String>>,
    /// `"Type.wire_name"` (a generated type and a property's name on the wire) → the field's
    /// Rust name (`"PaymentIntent.3ds_status" = "three_d_secure_status"`); the wire name is
    /// kept.
    #[serde(default)]
    pub fields: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// `[fetch]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FetchSettings {
    /// Prefix for pages given as ids rather than URLs: `page = "123e0.md"` with
    /// `base_url = "https://docs.example.com/"` is `https://docs.example.com/123e0.md`.
    pub base_url: Option<String>,
    /// The pages to download.
    #[serde(default)]
    pub pages: Vec<FetchPage>,
}

/// One `[[fetch.pages]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FetchPage {
    /// The folder under the spec folder (`disputes`).
    pub resource: String,
    /// A full URL, or an id appended to `base_url`.
    pub page: String,
    /// The file name to write (default: the URL's last segment).
    pub file: Option<String>,
}

/// The webhook module's facts, resolved from settings and spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhooks {
    /// Signature header name.
    pub signature_header: String,
    /// Signature scheme key.
    pub scheme: String,
    /// Default tolerance (seconds).
    pub tolerance_seconds: u64,
    /// Secret prefix (may be empty).
    pub secret_prefix: String,
    /// Event types: (wire name, doc, object type).
    pub events: Vec<(String, Option<String>, Option<String>)>,
    /// Type predicates: (method, prefix, doc).
    pub type_groups: Vec<(String, String, Option<String>)>,
}

impl Settings {
    /// Parses settings from `text`; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Settings> {
        let values: SettingsFile = toml::from_str(text).map_err(|e| {
            let mut location = Location::file(file);
            if let Some(span) = e.span() {
                let (line, column) = line_column(text, span.start);
                location.line = Some(line);
                location.column = Some(column);
            }
            Error::Settings {
                location,
                message: e.message().trim().to_owned(),
            }
        })?;
        let settings = Settings {
            values,
            file: Some(file.to_owned()),
            text: text.to_owned(),
        };
        settings.validate()?;
        Ok(settings)
    }

    /// Reads settings from a file.
    pub fn read(path: &Path) -> Result<Settings> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            action: "cannot read settings",
            source,
        })?;
        Settings::parse(&text, &path.display().to_string())
    }

    /// `codegen.toml` in the spec folder (or next to a spec file), when there is one.
    pub fn discover(spec: &Path) -> Result<Option<Settings>> {
        let dir: PathBuf = if spec.is_dir() {
            spec.to_owned()
        } else {
            match spec.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
                _ => PathBuf::from("."),
            }
        };
        let path = dir.join(FILE_NAME);
        if path.is_file() {
            Settings::read(&path).map(Some)
        } else {
            Ok(None)
        }
    }

    /// An error located at `span` of the settings file.
    pub fn error_at(&self, span: std::ops::Range<usize>, message: impl Into<String>) -> Error {
        let mut location = Location::file(self.file.clone().unwrap_or_else(|| FILE_NAME.into()));
        if !self.text.is_empty() {
            let (line, column) = line_column(&self.text, span.start);
            location.line = Some(line);
            location.column = Some(column);
        }
        Error::Settings {
            location,
            message: message.into(),
        }
    }

    /// Checks the settings, section by section; the first mistake is an error located at
    /// its value.
    fn validate(&self) -> Result<()> {
        self.validate_crate()?;
        self.validate_environments()?;
        self.validate_auth()?;
        self.validate_header_names()?;
        self.conventions()?;
        self.validate_webhooks()?;
        self.validate_renames()?;
        self.validate_operations()
    }

    /// `[crate]`: the name is a valid crate name, the version MAJOR.MINOR.PATCH.
    fn validate_crate(&self) -> Result<()> {
        let v = &self.values;
        if let Some(name) = &v.krate.name {
            let ok = !name.get_ref().is_empty()
                && name
                    .get_ref()
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
                && name
                    .get_ref()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic());
            if !ok {
                return Err(self.error_at(
                    name.span(),
                    "a crate name is ASCII letters, digits, `-` and `_`, starting with a letter",
                ));
            }
        }
        if let Some(version) = &v.krate.version {
            if semver_parts(version.get_ref()).is_none() {
                return Err(self.error_at(
                    version.span(),
                    format!(
                        "`{}` is not a version of the form MAJOR.MINOR.PATCH",
                        version.get_ref()
                    ),
                ));
            }
        }
        Ok(())
    }

    /// `[[environments]]`: http(s) URLs under distinct, non-empty names.
    fn validate_environments(&self) -> Result<()> {
        let v = &self.values;
        if let Some(envs) = &v.environments {
            let mut seen = BTreeSet::new();
            for env in envs {
                let url = env.url.get_ref();
                if !(url.starts_with("http://") || url.starts_with("https://")) {
                    return Err(
                        self.error_at(env.url.span(), format!("`{url}` is not an http(s) URL"))
                    );
                }
                if env.name.get_ref().trim().is_empty()
                    || !seen.insert(const_name(env.name.get_ref()))
                {
                    return Err(self.error_at(
                        env.name.span(),
                        format!(
                            "environment name `{}` is empty or used twice",
                            env.name.get_ref()
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// `[auth]`: `header` and `query` schemes name their header or parameter.
    fn validate_auth(&self) -> Result<()> {
        let v = &self.values;
        if let Some(auth) = &v.auth {
            let needs_name = matches!(auth.scheme.get_ref(), AuthKind::Header | AuthKind::Query);
            if needs_name && auth.name.is_none() {
                return Err(self.error_at(
                    auth.scheme.span(),
                    "`header` and `query` authentication need a `name` (the header or parameter)",
                ));
            }
        }
        Ok(())
    }

    /// The HTTP header names of `[idempotency]` and `[conventions] request_id_headers`.
    fn validate_header_names(&self) -> Result<()> {
        let v = &self.values;
        if let Some(idem) = &v.idempotency {
            if let Some(header) = &idem.header {
                if !is_header_name(header.get_ref()) {
                    return Err(self.error_at(header.span(), "not a valid HTTP header name"));
                }
            }
        }
        let names = |what: &str, list: &[String]| match list.iter().find(|h| !is_header_name(h)) {
            Some(bad) => Err(Error::Settings {
                location: Location::file(self.file.clone().unwrap_or_else(|| FILE_NAME.into())),
                message: format!("{what}: `{bad}` is not a valid HTTP header name"),
            }),
            None => Ok(()),
        };
        if let Some(idem) = &v.idempotency {
            names("[idempotency] recognize", &idem.recognize)?;
        }
        if let Some(headers) = &v.conventions.request_id_headers {
            names("[conventions] request_id_headers", headers)?;
        }
        Ok(())
    }

    /// `[webhooks]`: the signature header and scheme, distinct nameable event types, and
    /// snake_case type-group methods.
    fn validate_webhooks(&self) -> Result<()> {
        let v = &self.values;
        if let Some(w) = &v.webhooks {
            if let Some(h) = &w.signature_header {
                if !is_header_name(h.get_ref()) {
                    return Err(self.error_at(h.span(), "not a valid HTTP header name"));
                }
            }
            if w.scheme.get_ref().is_empty()
                || w.scheme.get_ref().contains([',', '=', ' ', '"', '\\'])
            {
                return Err(self.error_at(
                    w.scheme.span(),
                    "a signature scheme is a key without `,`, `=`, quotes or spaces",
                ));
            }
            let mut seen = BTreeSet::new();
            for e in &w.events {
                let t = e.type_.get_ref();
                if t.is_empty() || t.contains(['"', '\\']) || !seen.insert(t.clone()) {
                    return Err(self.error_at(
                        e.type_.span(),
                        format!("event type `{t}` is empty, contains quotes or is listed twice"),
                    ));
                }
                if event_variant(t).is_empty() {
                    return Err(self.error_at(
                        e.type_.span(),
                        format!("event type `{t}` has no letters or digits to name it after"),
                    ));
                }
            }
            for g in &w.type_groups {
                if !is_snake_ident(g.method.get_ref()) {
                    return Err(self.error_at(
                        g.method.span(),
                        "a method name is lower-case snake_case (`is_dispute`)",
                    ));
                }
            }
        }
        Ok(())
    }

    /// `[renames]`: new type, resource, field and operation names are Rust names, and
    /// fields and operations are named by their owner.
    fn validate_renames(&self) -> Result<()> {
        let v = &self.values;
        for (from, to) in &v.renames.types {
            if !is_camel_ident(to.get_ref()) {
                return Err(self.error_at(
                    to.span(),
                    format!(
                        "`{}` (new name of `{}`) is not an UpperCamelCase Rust name",
                        to.get_ref(),
                        from.get_ref()
                    ),
                ));
            }
        }
        for (from, to) in &v.renames.resources {
            if !is_snake_ident(to.get_ref()) {
                return Err(self.error_at(
                    to.span(),
                    format!(
                        "`{}` (new accessor of `{}`) is not a snake_case Rust name",
                        to.get_ref(),
                        from.get_ref()
                    ),
                ));
            }
        }
        for (from, to) in &v.renames.fields {
            if !from
                .get_ref()
                .split_once('.')
                .is_some_and(|(t, f)| !t.is_empty() && !f.is_empty())
            {
                return Err(self.error_at(
                    from.span(),
                    format!(
                        "`{}`: fields are named `Type.wire_name` (`PaymentIntent.3ds_status`)",
                        from.get_ref()
                    ),
                ));
            }
            if !is_snake_ident(to.get_ref()) {
                return Err(self.error_at(
                    to.span(),
                    format!("`{}` is not a snake_case field name", to.get_ref()),
                ));
            }
        }
        for (from, to) in &v.renames.operations {
            if from.get_ref().split_once('.').is_none() {
                return Err(self.error_at(
                    from.span(),
                    format!(
                        "`{}`: operations are named `resource.operation` (`disputes.close`)",
                        from.get_ref()
                    ),
                ));
            }
            if !is_snake_ident(to.get_ref()) {
                return Err(self.error_at(
                    to.span(),
                    format!("`{}` is not a snake_case method name", to.get_ref()),
                ));
            }
        }
        Ok(())
    }

    /// `[[operations]]`: each route is `METHOD /path`, listed once.
    fn validate_operations(&self) -> Result<()> {
        let v = &self.values;
        let mut routes = BTreeSet::new();
        for op in &v.operations {
            let Some((method, path)) = split_route(op.route.get_ref()) else {
                return Err(self.error_at(
                    op.route.span(),
                    format!(
                        "[[operations]] route `{}` is not `METHOD /path` (`GET /v1/disputes/list`)",
                        op.route.get_ref()
                    ),
                ));
            };
            if !routes.insert((method, path.to_owned())) {
                return Err(self.error_at(
                    op.route.span(),
                    format!(
                        "[[operations]] route `{}` is listed twice",
                        op.route.get_ref()
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The overlays `overlays` lists, read and checked, in order: paths relative to the
    /// settings file (to `spec_dir` when the settings were given without a folder); a file that
    /// cannot be read is an error located in the settings file, a malformed overlay one located
    /// in it.
    pub fn overlays(
        &self,
        limits: &crate::Limits,
        spec_dir: &Path,
    ) -> Result<Vec<crate::load::overlay::Overlay>> {
        let dir = self
            .file
            .as_deref()
            .and_then(|f| Path::new(f).parent())
            .filter(|d| !d.as_os_str().is_empty())
            .map_or_else(|| spec_dir.to_owned(), Path::to_owned);
        let mut overlays = Vec::new();
        let mut errors = Vec::new();
        for entry in &self.values.overlays {
            let path = dir.join(entry.get_ref());
            if !path.is_file() {
                errors.push(self.error_at(
                    entry.span(),
                    format!(
                        "overlay `{}` is not a file ({})",
                        entry.get_ref(),
                        path.display()
                    ),
                ));
                continue;
            }
            match crate::load::overlay::Overlay::read(&path, entry.get_ref().clone(), limits) {
                Ok(o) => overlays.push(o),
                Err(e) => errors.push(e),
            }
        }
        match Error::from_all(errors) {
            Some(e) => Err(e),
            None => Ok(overlays),
        }
    }

    /// The `always_present` convention of `[conventions]`; an exception that is not
    /// `Component.field` is an error located in the settings file.
    /// The conventions the load stage applies while normalizing (`optional_nullable`, from
    /// `[conventions]` or its preset; unset: an Apifox export yes, any other document no).
    pub fn load_conventions(&self) -> Result<crate::load::LoadConventions> {
        Ok(crate::load::LoadConventions {
            optional_nullable: self.conventions()?.optional_nullable,
        })
    }

    /// The `always_present` convention, its exceptions checked.
    pub fn always_present(&self) -> Result<crate::conventions::AlwaysPresent> {
        let c = &self.values.conventions;
        let mut exceptions = Vec::new();
        for e in &c.always_present_exceptions {
            match e.get_ref().rsplit_once('.') {
                Some((component, field)) if !component.is_empty() && !field.is_empty() => {
                    exceptions.push((component.to_owned(), field.to_owned()))
                }
                _ => {
                    return Err(self.error_at(
                        e.span(),
                        format!(
                        "[conventions] always_present_exceptions: `{}` is not `Component.field`",
                        e.get_ref()
                    ),
                    ))
                }
            }
        }
        Ok(crate::conventions::AlwaysPresent {
            fields: c.always_present.clone(),
            exceptions,
        })
    }

    /// `[conventions]` with its preset's values filled in; an unknown preset is an error at
    /// its name.
    pub fn conventions(&self) -> Result<ConventionSettings> {
        let c = self.values.conventions.clone();
        let Some(name) = c.preset.clone() else {
            return Ok(c);
        };
        match ConventionSettings::preset(name.get_ref()) {
            Some(preset) => Ok(c.or(preset)),
            None => Err(self.error_at(
                name.span(),
                format!(
                    "[conventions] preset: no preset `{}` (there is {})",
                    name.get_ref(),
                    PRESETS
                        .iter()
                        .map(|p| format!("`{p}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
        }
    }

    /// The conventions the runtime reads (the crate's `config.rs`): request-ID headers and the
    /// error envelope, from `[conventions]` and its preset; none of them by default.
    pub fn runtime_conventions(&self) -> Result<crate::emit::RuntimeConventions> {
        let c = self.conventions()?;
        Ok(crate::emit::RuntimeConventions {
            request_id_headers: c.request_id_headers.unwrap_or_default(),
            error_envelope: c.error_envelope.filter(|e| !e.is_empty()),
            error_code_fields: c.error_code_fields.unwrap_or_default(),
            error_message_fields: c.error_message_fields.unwrap_or_default(),
        })
    }

    /// The header names that carry an operation's idempotency key when the spec declares
    /// them: `[idempotency] recognize` and `header` (besides any name containing
    /// `idempotency`, which the model always recognises).
    pub fn idempotency_headers(&self) -> Vec<String> {
        let Some(i) = &self.values.idempotency else {
            return Vec::new();
        };
        i.recognize
            .iter()
            .cloned()
            .chain(i.header.as_ref().map(|h| h.get_ref().clone()))
            .collect()
    }

    /// The crate name: from the settings, else `fallback` when not empty, else from the title.
    pub fn crate_name(&self, fallback: Option<&str>, title: &str) -> String {
        if let Some(n) = &self.values.krate.name {
            return n.get_ref().clone();
        }
        if let Some(f) = fallback.filter(|f| !f.is_empty()) {
            return f.to_owned();
        }
        crate_name_from_title(title)
    }

    /// Changes the model as the settings say: environments, auth, resources, renames.
    pub fn apply(&self, api: &mut Api) -> Result<()> {
        let v = &self.values;
        if let Some(envs) = &v.environments {
            api.servers = envs
                .iter()
                .map(|e| {
                    let url = e.url.get_ref().trim_end_matches('/').to_owned();
                    // Without prefixes of its own, an environment keeps those the spec gives
                    // its server (`x-key-prefix`).
                    let key_prefixes = if e.key_prefixes.is_empty() {
                        api.servers
                            .iter()
                            .find(|s| s.url == url)
                            .map(|s| s.key_prefixes.clone())
                            .unwrap_or_default()
                    } else {
                        e.key_prefixes.clone()
                    };
                    Server {
                        const_name: const_name(e.name.get_ref()),
                        url,
                        doc: e.description.clone(),
                        key_prefixes,
                    }
                })
                .collect();
        }
        if let Some(auth) = &v.auth {
            let name = auth
                .name
                .as_ref()
                .map(|n| n.get_ref().clone())
                .unwrap_or_default();
            // The spec's name for a scheme of the same kind, else the settings file's.
            let kind_of = |s: &AuthScheme| match s {
                AuthScheme::Basic { .. } => Some(AuthKind::Basic),
                AuthScheme::Bearer { .. } => Some(AuthKind::Bearer),
                AuthScheme::ApiKeyHeader { .. } => Some(AuthKind::Header),
                AuthScheme::ApiKeyQuery { .. } => Some(AuthKind::Query),
                // `[auth]` replaces an OAuth2 scheme; none of its kinds is one.
                AuthScheme::OAuth2 { .. } => None,
            };
            let scheme = api
                .auth
                .iter()
                .find(|s| kind_of(s).as_ref() == Some(auth.scheme.get_ref()))
                .map(|s| match s {
                    AuthScheme::Basic { scheme }
                    | AuthScheme::Bearer { scheme }
                    | AuthScheme::ApiKeyHeader { scheme, .. }
                    | AuthScheme::ApiKeyQuery { scheme, .. }
                    | AuthScheme::OAuth2 { scheme, .. } => scheme.clone(),
                })
                .unwrap_or_else(|| FILE_NAME.to_owned());
            api.auth = vec![match auth.scheme.get_ref() {
                AuthKind::Basic => AuthScheme::Basic { scheme },
                AuthKind::Bearer => AuthScheme::Bearer { scheme },
                AuthKind::Header => AuthScheme::ApiKeyHeader {
                    scheme,
                    header: name,
                },
                AuthKind::Query => AuthScheme::ApiKeyQuery {
                    scheme,
                    param: name,
                },
            }];
        }
        // Before resources are selected: a route names an operation of the spec, whether or
        // not its resource is generated.
        self.apply_operations(api)?;
        self.rename_resources(api)?;
        self.select_resources(api)?;
        self.rename_operations(api)?;
        self.rename_fields(api)?;
        self.rename_types(api)?;
        Ok(())
    }

    fn rename_resources(&self, api: &mut Api) -> Result<()> {
        use crate::model::naming::{accessor_is_taken, escape_ident, handle_name};
        for (from, to) in &self.values.renames.resources {
            let accessors: Vec<String> = api
                .resources
                .iter()
                .map(|r| r.fn_name.as_str().to_owned())
                .collect();
            let Some(index) = accessors.iter().position(|a| a == from.get_ref()) else {
                return Err(self.error_at(
                    from.span(),
                    format!(
                        "no resource `{}` to rename; the spec has: {}",
                        from.get_ref(),
                        accessors.join(", ")
                    ),
                ));
            };
            let to_name = to.get_ref();
            if accessors.iter().any(|a| a == to_name) {
                return Err(
                    self.error_at(to.span(), format!("a resource `{to_name}` already exists"))
                );
            }
            if accessor_is_taken(to_name) {
                return Err(self.error_at(
                    to.span(),
                    format!("`{to_name}` is a method of the client itself"),
                ));
            }
            let handle = handle_name(to_name);
            let taken = api.types.iter().any(|t| t.name == handle)
                || api
                    .resources
                    .iter()
                    .enumerate()
                    .any(|(i, r)| i != index && r.type_name == handle)
                || crate::model::naming::RESERVED_TYPE_NAMES.contains(&handle.as_str());
            if taken {
                return Err(self.error_at(
                    to.span(),
                    format!(
                        "the handle type of `{to_name}` would be `{handle}`, a name already taken"
                    ),
                ));
            }
            let resource = &mut api.resources[index];
            resource.fn_name = escape_ident(to_name);
            resource.type_name = handle;
        }
        Ok(())
    }

    fn rename_fields(&self, api: &mut Api) -> Result<()> {
        use crate::model::naming::escape_ident;
        for (from, to) in &self.values.renames.fields {
            let Some((type_name, wire)) = from.get_ref().split_once('.') else {
                continue;
            };
            let Some(def) = api.types.iter_mut().find(|t| t.name == type_name) else {
                return Err(self.error_at(
                    from.span(),
                    format!("no generated type `{type_name}` to rename a field of"),
                ));
            };
            let TypeKind::Struct(fields) = &mut def.kind else {
                return Err(self.error_at(from.span(), format!("`{type_name}` is not a struct")));
            };
            let new_name = escape_ident(to.get_ref());
            if fields
                .iter()
                .any(|f| f.wire_name != wire && f.rust_name == new_name)
            {
                return Err(self.error_at(
                    to.span(),
                    format!("`{type_name}` already has a field `{}`", to.get_ref()),
                ));
            }
            let Some(field) = fields.iter_mut().find(|f| f.wire_name == wire) else {
                return Err(self.error_at(
                    from.span(),
                    format!("`{type_name}` has no field `{wire}` on the wire"),
                ));
            };
            field.rust_name = new_name;
        }
        Ok(())
    }

    /// `[[operations]]`: each route must name an operation of the spec; `body_also_as_query`
    /// needs a JSON body that is an object, none of whose members is also a query parameter
    /// of the operation.
    fn apply_operations(&self, api: &mut Api) -> Result<()> {
        for entry in &self.values.operations {
            let Some((method, path)) = split_route(entry.route.get_ref()) else {
                continue; // refused by `validate`
            };
            let matching: Vec<(usize, usize)> = api
                .resources
                .iter()
                .enumerate()
                .flat_map(|(r, res)| {
                    res.operations
                        .iter()
                        .enumerate()
                        .filter(|(_, op)| op.method == method && op.path == path)
                        .map(move |(o, _)| (r, o))
                })
                .collect();
            if matching.is_empty() {
                // The routes that share the method or the path, to spot a typo by.
                let mut near: Vec<String> = api
                    .resources
                    .iter()
                    .flat_map(|r| &r.operations)
                    .filter(|op| op.stream_of.is_none())
                    .filter(|op| op.method == method || op.path == path)
                    .map(|op| format!("{} {}", op.method, op.path))
                    .collect();
                near.sort();
                near.dedup();
                let hint = match near.len() {
                    0 => String::new(),
                    n if n > 12 => format!(
                        "; routes with this method or path: {}, and {} more",
                        near[..12].join(", "),
                        n - 12
                    ),
                    _ => format!("; routes with this method or path: {}", near.join(", ")),
                };
                return Err(self.error_at(
                    entry.route.span(),
                    format!("[[operations]]: the spec has no operation `{method} {path}`{hint}"),
                ));
            }
            let Some(flag) = &entry.body_also_as_query else {
                continue;
            };
            if !*flag.get_ref() {
                continue;
            }
            for &(r, o) in &matching {
                let op = &api.resources[r].operations[o];
                let route = format!("{} {}", op.method, op.path);
                let refuse = |why: String| {
                    Err(self.error_at(
                        flag.span(),
                        format!("[[operations]] `{route}`: body_also_as_query: {why}"),
                    ))
                };
                let Some(body) = &op.body else {
                    return refuse(
                        "the operation has no request body to send as query parameters".into(),
                    );
                };
                if body.encoding != BodyEncoding::Json {
                    return refuse(format!(
                        "only a JSON body can be sent as query parameters too, and this one is `{}`",
                        body.media_type
                    ));
                }
                let members: Option<Vec<&str>> = match &body.ty {
                    TypeRef::Map(_) => Some(Vec::new()),
                    ty => ty
                        .direct_named()
                        .and_then(|id| api.types.get(id))
                        .and_then(|t| match &t.kind {
                            TypeKind::Struct(fields) => {
                                Some(fields.iter().map(|f| f.wire_name.as_str()).collect())
                            }
                            _ => None,
                        }),
                };
                let Some(members) = members else {
                    return refuse(
                        "the body is not a JSON object, whose members could be query parameters"
                            .into(),
                    );
                };
                if let Some(clash) = op
                    .params
                    .iter()
                    .find(|p| p.is_query() && members.contains(&p.field.wire_name.as_str()))
                {
                    return refuse(format!(
                        "`{}` is both a query parameter and a member of the body",
                        clash.field.wire_name
                    ));
                }
            }
            for (r, o) in matching {
                api.resources[r].operations[o].body_also_as_query = true;
            }
        }
        Ok(())
    }

    fn select_resources(&self, api: &mut Api) -> Result<()> {
        let r = &self.values.resources;
        if r.include.is_empty() && r.exclude.is_empty() {
            if crate::selection::is_active(self) {
                // Operations were selected in the document: drop what none of them reaches.
                prune_types(api, self.event_objects());
            }
            return Ok(());
        }
        let known: BTreeSet<String> = api
            .resources
            .iter()
            .map(|r| r.fn_name.as_str().to_owned())
            .collect();
        for name in r.include.iter().chain(&r.exclude) {
            if !known.contains(name.get_ref()) {
                return Err(self.error_at(
                    name.span(),
                    format!(
                        "no resource `{}`; the spec has: {}",
                        name.get_ref(),
                        known.iter().cloned().collect::<Vec<_>>().join(", ")
                    ),
                ));
            }
        }
        let keep = |name: &str| {
            (r.include.is_empty() || r.include.iter().any(|i| i.get_ref() == name))
                && !r.exclude.iter().any(|e| e.get_ref() == name)
        };
        api.resources.retain(|res| keep(res.fn_name.as_str()));
        prune_types(api, self.event_objects());
        Ok(())
    }

    /// The types webhook events carry (`[[webhooks.events]] object`), which pruning keeps.
    fn event_objects(&self) -> Vec<String> {
        // Webhook events still carry their objects: the types their `object` names (by the
        // name before `[renames.types]`, which runs later) stay, with what they refer to.
        let renamed_from = |name: &str| {
            self.values
                .renames
                .types
                .iter()
                .find(|(_, to)| to.get_ref() == name)
                .map_or_else(|| name.to_owned(), |(from, _)| from.get_ref().clone())
        };
        self.values
            .webhooks
            .iter()
            .filter(|w| w.enabled)
            .flat_map(|w| &w.events)
            .filter_map(|e| e.object.as_ref())
            .map(|o| renamed_from(o.get_ref()))
            .collect()
    }

    fn rename_operations(&self, api: &mut Api) -> Result<()> {
        for (from, to) in &self.values.renames.operations {
            let Some((res_name, op_name)) = from.get_ref().split_once('.') else {
                continue;
            };
            let Some(resource) = api
                .resources
                .iter_mut()
                .find(|r| r.fn_name.as_str() == res_name)
            else {
                return Err(self.error_at(
                    from.span(),
                    format!("no resource `{res_name}` to rename in"),
                ));
            };
            if resource
                .operations
                .iter()
                .any(|o| o.fn_name.as_str() == to.get_ref())
            {
                return Err(self.error_at(
                    to.span(),
                    format!("`{res_name}` already has an operation `{}`", to.get_ref()),
                ));
            }
            let Some(op) = resource
                .operations
                .iter_mut()
                .find(|o| o.fn_name.as_str() == op_name)
            else {
                return Err(self.error_at(
                    from.span(),
                    format!("resource `{res_name}` has no operation `{op_name}`"),
                ));
            };
            op.fn_name = crate::model::naming::escape_ident(to.get_ref());
        }
        Ok(())
    }

    fn rename_types(&self, api: &mut Api) -> Result<()> {
        let renames = &self.values.renames.types;
        if renames.is_empty() {
            return Ok(());
        }
        let names: BTreeSet<String> = api.types.iter().map(|t| t.name.clone()).collect();
        let mut map = BTreeMap::new();
        for (from, to) in renames {
            if !names.contains(from.get_ref()) {
                return Err(self.error_at(
                    from.span(),
                    format!("no generated type `{}` to rename", from.get_ref()),
                ));
            }
            if names.contains(to.get_ref()) && !renames.keys().any(|k| k.get_ref() == to.get_ref())
            {
                return Err(self.error_at(
                    to.span(),
                    format!("a type named `{}` already exists", to.get_ref()),
                ));
            }
            map.insert(from.get_ref().clone(), to.get_ref().clone());
        }
        let mut targets = BTreeSet::new();
        for (from, to) in renames {
            if !targets.insert(to.get_ref().clone()) {
                return Err(self.error_at(
                    to.span(),
                    format!("`{}` is the new name of two types", to.get_ref()),
                ));
            }
            let _ = from;
        }
        // References hold ids: renaming a type is renaming its definition.
        for def in api.types.iter_mut() {
            if let Some(new) = map.get(def.name.as_str()) {
                def.name = new.clone();
            }
        }
        api.types.sort_by_name();
        Ok(())
    }

    /// The webhook module's facts, or `None` for no module: from `[webhooks]`, with event types
    /// defaulting to the names of the spec's `webhooks` (OpenAPI 3.1).
    pub fn webhooks(&self, api: &Api, document: &serde_json::Value) -> Result<Option<Webhooks>> {
        let spec_events: Vec<String> = document
            .get("webhooks")
            .and_then(|w| w.as_object())
            .map(|w| w.keys().cloned().collect())
            .unwrap_or_default();
        let Some(w) = &self.values.webhooks else {
            return Ok(None);
        };
        if !w.enabled {
            return Ok(None);
        }
        let Some(header) = &w.signature_header else {
            return Err(Error::Settings {
                location: Location::file(self.file.clone().unwrap_or_else(|| FILE_NAME.into())),
                message: "[webhooks] needs `signature_header` (the header carrying the signature), or `enabled = false`".into(),
            });
        };
        let conventions = self.conventions()?;
        match &conventions.webhook_signature {
            Some(format) if WEBHOOK_SIGNATURES.contains(&format.get_ref().as_str()) => {}
            Some(format) => {
                return Err(self.error_at(
                    format.span(),
                    format!(
                        "[conventions] webhook_signature: no format `{}` (there is {})",
                        format.get_ref(),
                        WEBHOOK_SIGNATURES
                            .iter()
                            .map(|p| format!("`{p}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ))
            }
            None => {
                return Err(Error::Settings {
                    location: Location::file(self.file.clone().unwrap_or_else(|| FILE_NAME.into())),
                    message: "[webhooks] needs the signature format: `webhook_signature = \"timestamped-hmac-sha256\"` (`t=<seconds>,<scheme>=<hex>`, Stripe's) or `preset = \"stripe-like\"` in [conventions]".into(),
                })
            }
        }
        for e in &w.events {
            if let Some(object) = &e.object {
                if !api.types.iter().any(|t| &t.name == object.get_ref()) {
                    return Err(self.error_at(
                        object.span(),
                        format!(
                            "no generated type `{}` for the `data.object` of `{}` events{}",
                            object.get_ref(),
                            e.type_.get_ref(),
                            match self
                                .values
                                .renames
                                .types
                                .iter()
                                .find(|(from, _)| from.get_ref() == object.get_ref())
                            {
                                Some((_, to)) => format!(
                                    " ([renames.types] renames it to `{}`: use that name)",
                                    to.get_ref()
                                ),
                                None => similar_type_names(api, object.get_ref()),
                            }
                        ),
                    ));
                }
            }
        }
        let events: Vec<(String, Option<String>, Option<String>)> = if w.events.is_empty() {
            spec_events
                .into_iter()
                .filter(|e| !event_variant(e).is_empty())
                .map(|e| (e, None, None))
                .collect()
        } else {
            w.events
                .iter()
                .map(|e| {
                    (
                        e.type_.get_ref().clone(),
                        e.doc.clone(),
                        e.object.as_ref().map(|o| o.get_ref().clone()),
                    )
                })
                .collect()
        };
        let mut variants = BTreeMap::new();
        for (wire, _, _) in &events {
            if let Some(other) = variants.insert(event_variant(wire), wire.clone()) {
                return Err(Error::Settings {
                    location: Location::file(self.file.clone().unwrap_or_else(|| FILE_NAME.into())),
                    message: format!(
                        "event types `{other}` and `{wire}` would both be `EventType::{}`",
                        event_variant(wire)
                    ),
                });
            }
        }
        Ok(Some(Webhooks {
            signature_header: header.get_ref().clone(),
            scheme: w.scheme.get_ref().clone(),
            tolerance_seconds: w.tolerance_seconds,
            secret_prefix: w.secret_prefix.clone(),
            events,
            type_groups: w
                .type_groups
                .iter()
                .map(|g| (g.method.get_ref().clone(), g.prefix.clone(), g.doc.clone()))
                .collect(),
        }))
    }

    /// The idempotency header: from the settings, else the one most operations declare, else
    /// `Idempotency-Key`.
    pub fn idempotency_header(&self, api: &Api) -> String {
        if let Some(h) = self
            .values
            .idempotency
            .as_ref()
            .and_then(|i| i.header.as_ref())
        {
            return h.get_ref().clone();
        }
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for op in api.resources.iter().flat_map(|r| &r.operations) {
            if let Some(h) = &op.idempotency_header {
                *counts.entry(h.as_str()).or_default() += 1;
            }
        }
        counts
            .into_iter()
            .max_by_key(|(_, n)| *n)
            .map(|(h, _)| h.to_owned())
            .unwrap_or_else(|| "Idempotency-Key".into())
    }
}

/// Drops the types neither a remaining operation nor one of `also_kept` (type names) reaches
/// (after resources were left out).
fn prune_types(api: &mut Api, also_kept: Vec<String>) {
    let kept = also_kept
        .iter()
        .filter_map(|name| api.types.by_name(name).map(|t| t.id));
    let roots = api
        .resources
        .iter()
        .flat_map(|r| &r.operations)
        .flat_map(crate::model::graph::operation_roots);
    let reached = crate::model::graph::reachable(&api.types, roots.chain(kept).collect::<Vec<_>>());
    api.types.retain(|t| reached.contains(&t.id));
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// (major, minor, patch) of a `MAJOR.MINOR.PATCH` version (a pre-release or build suffix is
/// allowed after the patch).
pub fn semver_parts(version: &str) -> Option<(u64, u64, u64)> {
    let core = version.split(['-', '+']).next()?;
    let mut parts = core.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    let patch = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((major, minor, patch))
}

/// `" (did you mean `A`, `B`?)"` for the (at most five shortest) generated types whose names
/// contain `name`, ignoring case and anything but letters and digits; empty when none do.
fn similar_type_names(api: &Api, name: &str) -> String {
    let fold = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    };
    let wanted = fold(name);
    if wanted.is_empty() {
        return String::new();
    }
    let mut similar: Vec<&str> = api
        .types
        .iter()
        .map(|t| t.name.as_str())
        .filter(|t| fold(t).contains(&wanted))
        .collect();
    similar.sort_by_key(|t| (t.len(), *t));
    let similar: Vec<String> = similar.iter().take(5).map(|t| format!("`{t}`")).collect();
    if similar.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", similar.join(", "))
    }
}

pub use crate::model::naming::{crate_name_from_title, event_variant};

/// `("GET", "/v1/disputes/list")` from `GET /v1/disputes/list` (the method in any case, one
/// or more spaces, a path starting with `/` and without spaces).
fn split_route(route: &str) -> Option<(String, &str)> {
    let (method, path) = route.trim().split_once(' ')?;
    let path = path.trim_start();
    let known = [
        "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE",
    ];
    let method = method.to_ascii_uppercase();
    (known.contains(&method.as_str())
        && path.starts_with('/')
        && !path.contains(char::is_whitespace))
    .then_some((method, path))
}

fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

fn is_snake_ident(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn is_camel_ident(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && !matches!(name, "Self")
}
