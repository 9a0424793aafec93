// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on pets.
/// Operations on pets; get one with [`Client::pets`](crate::Client::pets).
#[derive(Debug, Clone)]
pub struct PetsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on pets.
    pub fn pets(&self) -> PetsResource<'_> {
        PetsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> PetsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a pet
    ///
    /// `POST /pets`
    pub fn create(
        &self,
        body: &crate::types::NewPet,
    ) -> crate::Call<'a, crate::types::Pet> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/pets"),
            );
            request.operation("pets.create", "/pets");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Pet>,
        )
    }
    /// Replace a pet
    ///
    /// Replaces the pet, or files it when the shelter has none by that ID.
    ///
    /// `PUT /pets/{pet_id}`
    ///
    /// # Errors
    ///
    /// The documented error statuses decode into [`ReplacePetError`]: `err.operation_error::<ReplacePetError>()`.
    pub fn replace(
        &self,
        pet_id: &str,
        body: &crate::types::NewPet,
    ) -> crate::Call<'a, ReplacePetResponse> {
        let request = crate::client::build_request(|| {
            let pet_id_segment = crate::encoding::encode_path_segment(pet_id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::PUT,
                ["/pets/", &*pet_id_segment].concat(),
            );
            request.operation("pets.replace", "/pets/{pet_id}");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            ReplacePetResponse::decode,
        )
    }
}

/// What [`PetsResource::replace`] returns: one variant per documented success status (a status it does not document decodes as the first).
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub enum ReplacePetResponse {
    /// `200`: The pet was replaced.
    Ok(crate::types::Pet),
    /// `201`: No pet had that ID; it was filed.
    Created(crate::types::Filing),
}

impl ReplacePetResponse {
    fn decode(reply: &mut crate::client::Reply) -> Result<Self, crate::Error> {
        Ok(
            match reply.status() {
                200u16 => {
                    Self::Ok(crate::client::decode_json::<crate::types::Pet>(reply)?)
                }
                201u16 => {
                    Self::Created(
                        crate::client::decode_json::<crate::types::Filing>(reply)?,
                    )
                }
                _ => Self::Ok(crate::client::decode_json::<crate::types::Pet>(reply)?),
            },
        )
    }
}

/// The documented errors of [`PetsResource::replace`], one variant per status: `err.operation_error::<ReplacePetError>()` reads one from the call's error (the status, request ID and raw body stay on [`ApiError`](crate::ApiError)). Statuses the API adds later decode as `Other`, so the enum is `#[non_exhaustive]`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
#[non_exhaustive]
pub enum ReplacePetError {
    /// `404`: The shelter does not exist.
    NotFound(crate::types::NotFound),
    /// `422`: The pet does not validate.
    UnprocessableEntity(crate::types::Invalid),
    /// `5XX`: The shelter is down.
    ServerError,
    /// Any other status (`default`): Any other error.
    Default(crate::types::Problem),
    /// A status the spec does not document, or a body that does not decode as it says.
    Other {
        /// The HTTP status.
        status: u16,
        /// The response body (lossy UTF-8, at most the error body limit).
        body: String,
    },
}

impl crate::OperationError for ReplacePetError {
    fn from_api_error(error: &crate::ApiError) -> Self {
        let body = error.body.as_str();
        let decoded = match error.status {
            404u16 => {
                serde_json::from_str::<crate::types::NotFound>(body)
                    .ok()
                    .map(Self::NotFound)
            }
            422u16 => {
                serde_json::from_str::<crate::types::Invalid>(body)
                    .ok()
                    .map(Self::UnprocessableEntity)
            }
            500u16..=599u16 => Some(Self::ServerError),
            _ => {
                serde_json::from_str::<crate::types::Problem>(body)
                    .ok()
                    .map(Self::Default)
            }
        };
        decoded
            .unwrap_or_else(|| Self::Other {
                status: error.status,
                body: error.body.clone(),
            })
    }
}
