/** The add-in's custom XML parts: their namespaces and JSON encoding (core/storedData); reading and writing them: storedDocuments.ts. */
export { HIGHLIGHTS_NS, MAPPING_NS, jsonPartXml, partJson } from "../core/storedData";
