// Adds a skill to the catalogue through the gateway with the client generated from curriculum-service's committed
// OpenAPI document (target/generated/curriculum-service.d.ts, from docs/openapi): the body is typed by the document, so
// a document that described another body would not compile, or the service would refuse the call.
//   node target/js/create-skill.js <gateway URL> <access token>
// prints the status and the Location; exits 0 on 201, 1 otherwise, 2 on wrong usage.
import createClient from "openapi-fetch";
import type { paths } from "../target/generated/curriculum-service.js";

const [gateway, token] = process.argv.slice(2);
if (!gateway || !token) {
  console.error("usage: node target/js/create-skill.js <gateway URL> <access token>");
  process.exit(2);
}

const curriculum = createClient<paths>({ baseUrl: gateway, headers: { Authorization: `Bearer ${token}` } });
const code = `GEN-${Date.now().toString(36).toUpperCase()}`;
const { data, error, response } = await curriculum.POST("/api/skills", {
  body: { code, name: "Reading hydraulic schematics", category: "TECHNICAL" },
});

console.log(`status ${response.status}`);
console.log(`location ${response.headers.get("Location") ?? "(none)"}`);
if (error || response.status !== 201) {
  console.log(`problem ${JSON.stringify(error)}`);
  process.exit(1);
}
console.log(`skill ${data.id} ${data.code} ${data.category}`);
