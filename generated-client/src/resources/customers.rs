// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on customers.
/// Operations on customers; get one with [`Client::customers`](crate::Client::customers).
#[derive(Debug, Clone)]
pub struct CustomersResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on customers.
    pub fn customers(&self) -> CustomersResource<'_> {
        CustomersResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> CustomersResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a customer
    ///
    /// Creates a customer, to save payment methods to and to pay with them later.
    ///
    /// `POST /v1/customers`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreateCustomer {
    ///     address: Some(wooshpay::Address {
    ///         city: Some("Lyon".to_string()),
    ///         country: Some("FR".to_string()),
    ///         ..Default::default()
    ///     }),
    ///     email: Some("jane@example.com".to_string()),
    ///     name: Some("Jane Doe".to_string()),
    ///     phone: Some("+33 1 23 45 67 89".to_string()),
    ///     ..Default::default()
    /// };
    /// let _response = client.customers().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreateCustomer,
    ) -> crate::Call<'a, crate::types::Customer> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/customers"),
            );
            request.operation("customers.create", "/v1/customers");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Customer>,
        )
    }
    /// Retrieve a customer
    ///
    /// Returns a customer.
    ///
    /// `GET /v1/customers/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the customer.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.customers().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::Customer> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/customers/", &*id_segment].concat(),
            );
            request.operation("customers.retrieve", "/v1/customers/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Customer>,
        )
    }
}
