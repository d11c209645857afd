/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `npm run dev` serves the app on :5173 and hands the gateway's paths to the gateway (./alliance up, :8080), so the
// browser sees one origin as it does in production, where the gateway serves the built files itself.
const gateway = process.env.GATEWAY_URL ?? "http://localhost:8080";
const gatewayPaths = ["/api", "/bff", "/oauth2", "/login", "/logout"];

export default defineConfig({
  plugins: [react()],
  build: {
    // the web module's jar holds static/index.html; the gateway serves classpath:/static/
    outDir: "target/classes/static",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: Object.fromEntries(gatewayPaths.map((path) => [path, { target: gateway, changeOrigin: false }])),
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
