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
}
