package io.skyrack.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * The JSON Schemas (draft 2020-12) of {@code manifest.json} and {@code cluster.json}, as written into every
 * bundle under {@code schemas/}, and validation against them with the networknt validator. The export
 * validates its own output; verification validates again with these built-in copies (a bundle cannot loosen
 * the schema it is checked against) and also checks that the bundle's copies are the same text.
 */
public final class BundleSchemas {

    /** Schema of manifest.json. */
    public static final String MANIFEST = """
            {
              "$schema" : "https://json-schema.org/draft/2020-12/schema",
              "$id" : "https://skyrack.io/schemas/bundle/v1/manifest.schema.json",
              "title" : "Skyrack deployment bundle manifest",
              "description" : "Every file of the bundle except manifest.json and manifest.sig, with its size and SHA-256.",
              "type" : "object",
              "additionalProperties" : false,
              "required" : [ "bundleSchemaVersion", "generator", "plan", "createdAt", "files" ],
              "properties" : {
                "bundleSchemaVersion" : { "const" : 1 },
                "generator" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "name", "version" ],
                  "properties" : {
                    "name" : { "type" : "string", "minLength" : 1 },
                    "version" : { "type" : "string", "minLength" : 1 }
                  }
                },
                "plan" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "name", "file", "sha256" ],
                  "properties" : {
                    "name" : { "type" : "string", "minLength" : 1 },
                    "file" : { "$ref" : "#/$defs/path" },
                    "sha256" : { "$ref" : "#/$defs/sha256" }
                  }
                },
                "createdAt" : { "$ref" : "#/$defs/time" },
                "files" : {
                  "type" : "array",
                  "minItems" : 1,
                  "items" : {
                    "type" : "object",
                    "additionalProperties" : false,
                    "required" : [ "path", "size", "sha256" ],
                    "properties" : {
                      "path" : { "$ref" : "#/$defs/path" },
                      "size" : { "type" : "integer", "minimum" : 0 },
                      "sha256" : { "$ref" : "#/$defs/sha256" }
                    }
                  }
                }
              },
              "$defs" : {
                "sha256" : { "type" : "string", "pattern" : "^[0-9a-f]{64}$" },
                "path" : { "type" : "string", "pattern" : "^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$" },
                "time" : { "type" : "string", "pattern" : "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{1,9})?Z$" }
              }
            }
            """;

    /** Schema of cluster.json (and of cluster.yaml read as JSON). */
    public static final String CLUSTER = """
            {
              "$schema" : "https://json-schema.org/draft/2020-12/schema",
              "$id" : "https://skyrack.io/schemas/bundle/v1/cluster.schema.json",
              "title" : "Skyrack OrbitalCluster",
              "description" : "Record of intent for the flight control plane: nodes, GPUs, workloads, placements, crosslinks, routing, ground contacts and power budgets.",
              "type" : "object",
              "additionalProperties" : false,
              "required" : [ "apiVersion", "kind", "metadata", "spec" ],
              "properties" : {
                "apiVersion" : { "const" : "skyrack.io/v1alpha1" },
                "kind" : { "const" : "OrbitalCluster" },
                "metadata" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "name", "description", "planSha256", "epoch", "window" ],
                  "properties" : {
                    "name" : { "$ref" : "#/$defs/name" },
                    "description" : { "type" : "string" },
                    "planSha256" : { "type" : "string", "pattern" : "^[0-9a-f]{64}$" },
                    "epoch" : { "$ref" : "#/$defs/time" },
                    "window" : {
                      "type" : "object",
                      "additionalProperties" : false,
                      "required" : [ "start", "end", "stepSeconds" ],
                      "properties" : {
                        "start" : { "$ref" : "#/$defs/time" },
                        "end" : { "$ref" : "#/$defs/time" },
                        "stepSeconds" : { "type" : "number", "exclusiveMinimum" : 0 }
                      }
                    }
                  }
                },
                "spec" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "assumptions", "ephemeris", "nodes", "gpuProfiles", "workloads", "placements", "crosslinks", "routing", "groundContacts", "power" ],
                  "properties" : {
                    "assumptions" : {
                      "type" : "object",
                      "additionalProperties" : false,
                      "required" : [ "environment", "missionYear", "capacityBasis", "propagator", "powerThermalCase" ],
                      "properties" : {
                        "environment" : { "enum" : [ "cold", "nominal", "hot" ] },
                        "missionYear" : { "type" : "number", "minimum" : 0 },
                        "capacityBasis" : { "enum" : [ "orbit-minimum", "orbit-average" ] },
                        "propagator" : { "enum" : [ "auto", "keplerian" ] },
                        "powerThermalCase" : { "type" : "string" }
                      }
                    },
                    "ephemeris" : {
                      "type" : "object",
                      "additionalProperties" : false,
                      "required" : [ "format", "frame", "timeSystem", "stepSeconds", "interpolation", "interpolationDegree", "elementsFormat", "scene" ],
                      "properties" : {
                        "format" : { "type" : "string" },
                        "frame" : { "const" : "EME2000" },
                        "timeSystem" : { "const" : "UTC" },
                        "stepSeconds" : { "type" : "number", "exclusiveMinimum" : 0 },
                        "interpolation" : { "const" : "LAGRANGE" },
                        "interpolationDegree" : { "type" : "integer", "minimum" : 1 },
                        "elementsFormat" : { "type" : "string" },
                        "scene" : { "$ref" : "#/$defs/path" }
                      }
                    },
                    "nodes" : { "type" : "array", "items" : { "$ref" : "#/$defs/node" } },
                    "gpuProfiles" : { "type" : "array", "items" : { "$ref" : "#/$defs/gpuProfile" } },
                    "workloads" : { "type" : "array", "items" : { "$ref" : "#/$defs/workload" } },
                    "placements" : { "type" : "array", "items" : { "$ref" : "#/$defs/placement" } },
                    "crosslinks" : {
                      "type" : "object",
                      "additionalProperties" : false,
                      "required" : [ "rule", "perHopDelayMs", "links" ],
                      "properties" : {
                        "rule" : { "enum" : [ "plus-grid", "nearest-k", "manual" ] },
                        "perHopDelayMs" : { "type" : "number", "minimum" : 0 },
                        "links" : { "type" : "array", "items" : { "$ref" : "#/$defs/link" } }
                      }
                    },
                    "routing" : {
                      "type" : "object",
                      "additionalProperties" : false,
                      "required" : [ "intervalSeconds", "perHopDelayMs", "target", "slices" ],
                      "properties" : {
                        "intervalSeconds" : { "type" : "number", "exclusiveMinimum" : 0 },
                        "perHopDelayMs" : { "type" : "number", "minimum" : 0 },
                        "target" : { "type" : "string" },
                        "slices" : { "type" : "array", "items" : { "$ref" : "#/$defs/slice" } }
                      }
                    },
                    "groundContacts" : {
                      "type" : "object",
                      "additionalProperties" : false,
                      "required" : [ "stations", "passes" ],
                      "properties" : {
                        "stations" : { "type" : "array", "items" : { "$ref" : "#/$defs/station" } },
                        "passes" : { "type" : "array", "items" : { "$ref" : "#/$defs/pass" } }
                      }
                    },
                    "power" : {
                      "type" : "object",
                      "additionalProperties" : false,
                      "required" : [ "case", "orbitSampleSeconds", "orbit", "satellites" ],
                      "properties" : {
                        "case" : { "type" : "string" },
                        "orbitSampleSeconds" : { "type" : "number", "minimum" : 0 },
                        "orbit" : { "type" : "string" },
                        "satellites" : { "type" : "array", "items" : { "$ref" : "#/$defs/satellitePower" } }
                      }
                    }
                  }
                }
              },
              "$defs" : {
                "name" : { "type" : "string", "minLength" : 1, "maxLength" : 200 },
                "time" : { "type" : "string", "pattern" : "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{1,9})?Z$" },
                "path" : { "type" : "string", "pattern" : "^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$" },
                "numberOrNull" : { "type" : [ "number", "null" ] },
                "node" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "name", "constellation", "plane", "slot", "propagator", "ephemerisFile", "elementsFile", "bus", "attitude", "opticalTerminals", "tiles" ],
                  "properties" : {
                    "name" : { "$ref" : "#/$defs/name" },
                    "constellation" : { "$ref" : "#/$defs/name" },
                    "plane" : { "type" : "integer", "minimum" : 1 },
                    "slot" : { "type" : "integer", "minimum" : 1 },
                    "propagator" : { "enum" : [ "eckstein-hechler-mean", "eckstein-hechler-osculating", "keplerian", "sgp4" ] },
                    "ephemerisFile" : { "$ref" : "#/$defs/path" },
                    "elementsFile" : { "$ref" : "#/$defs/path" },
                    "bus" : { "type" : "string" },
                    "attitude" : { "enum" : [ "sun-tracking", "nadir-pointing", "inertial-fixed" ] },
                    "opticalTerminals" : { "type" : "integer", "minimum" : 0 },
                    "tiles" : {
                      "type" : "array",
                      "items" : {
                        "type" : "object",
                        "additionalProperties" : false,
                        "required" : [ "slot", "tileSpec", "gpus" ],
                        "properties" : {
                          "slot" : { "type" : "string", "pattern" : "^r[1-9][0-9]*c[1-9][0-9]*$" },
                          "tileSpec" : { "$ref" : "#/$defs/name" },
                          "gpus" : { "type" : "array", "items" : { "$ref" : "#/$defs/gpu" } }
                        }
                      }
                    }
                  }
                },
                "gpu" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "index", "profile", "powerMode", "powerW", "memoryBytes", "throttlePolicy", "junctionThrottleC", "junctionShutdownC", "limitsPublished", "recoveryMarginK" ],
                  "properties" : {
                    "index" : { "type" : "integer", "minimum" : 0 },
                    "profile" : { "$ref" : "#/$defs/name" },
                    "powerMode" : { "type" : "string", "minLength" : 1 },
                    "powerW" : { "$ref" : "#/$defs/numberOrNull" },
                    "memoryBytes" : { "type" : "integer", "minimum" : 0 },
                    "throttlePolicy" : { "const" : "step-down" },
                    "junctionThrottleC" : { "type" : "number" },
                    "junctionShutdownC" : { "type" : "number" },
                    "limitsPublished" : { "type" : "boolean" },
                    "recoveryMarginK" : { "type" : "number", "minimum" : 0 }
                  }
                },
                "gpuProfile" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "id", "name", "memoryBytes", "powerModes" ],
                  "properties" : {
                    "id" : { "$ref" : "#/$defs/name" },
                    "name" : { "type" : "string" },
                    "memoryBytes" : { "type" : "integer", "minimum" : 0 },
                    "powerModes" : {
                      "type" : "array",
                      "items" : {
                        "type" : "object",
                        "additionalProperties" : false,
                        "required" : [ "name", "powerW", "int8SparseTops" ],
                        "properties" : {
                          "name" : { "type" : "string", "minLength" : 1 },
                          "powerW" : { "type" : "number", "exclusiveMinimum" : 0 },
                          "int8SparseTops" : { "$ref" : "#/$defs/numberOrNull" }
                        }
                      }
                    }
                  }
                },
                "workload" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "name", "model", "image", "memoryBytes", "computeTops", "replicas", "latencySloMs", "priority", "source", "sourceSatellite", "inputDataRateMbps", "pinnedSatellite", "antiAffinity" ],
                  "properties" : {
                    "name" : { "$ref" : "#/$defs/name" },
                    "model" : { "type" : "string" },
                    "image" : { "type" : "string", "minLength" : 1 },
                    "memoryBytes" : { "type" : "integer", "minimum" : 0 },
                    "computeTops" : { "type" : "number", "minimum" : 0 },
                    "replicas" : { "type" : "integer", "minimum" : 0 },
                    "latencySloMs" : { "type" : "number", "minimum" : 0 },
                    "priority" : { "type" : "integer" },
                    "source" : { "enum" : [ "satellite", "any-satellite", "ground" ] },
                    "sourceSatellite" : { "type" : [ "string", "null" ] },
                    "inputDataRateMbps" : { "type" : "number", "minimum" : 0 },
                    "pinnedSatellite" : { "type" : [ "string", "null" ] },
                    "antiAffinity" : { "type" : "array", "items" : { "type" : "string" } }
                  }
                },
                "placement" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "workload", "replica", "satellite", "tile", "gpu", "powerMode", "image", "memoryBytes", "computeTops" ],
                  "properties" : {
                    "workload" : { "$ref" : "#/$defs/name" },
                    "replica" : { "type" : "integer", "minimum" : 0 },
                    "satellite" : { "$ref" : "#/$defs/name" },
                    "tile" : { "type" : "string" },
                    "gpu" : { "type" : "integer", "minimum" : 0 },
                    "powerMode" : { "type" : "string", "minLength" : 1 },
                    "image" : { "type" : "string", "minLength" : 1 },
                    "memoryBytes" : { "type" : "integer", "minimum" : 0 },
                    "computeTops" : { "type" : "number", "minimum" : 0 }
                  }
                },
                "link" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "a", "b", "origin", "windows" ],
                  "properties" : {
                    "a" : { "$ref" : "#/$defs/name" },
                    "b" : { "$ref" : "#/$defs/name" },
                    "origin" : { "enum" : [ "manual", "plus-grid-in-plane", "plus-grid-cross-plane", "nearest-k" ] },
                    "windows" : {
                      "type" : "array",
                      "minItems" : 1,
                      "items" : {
                        "type" : "object",
                        "additionalProperties" : false,
                        "required" : [ "start", "end", "rateGbps", "minRangeKm", "maxRangeKm", "marginDb" ],
                        "properties" : {
                          "start" : { "$ref" : "#/$defs/time" },
                          "end" : { "$ref" : "#/$defs/time" },
                          "rateGbps" : { "type" : "number", "minimum" : 0 },
                          "minRangeKm" : { "type" : "number", "minimum" : 0 },
                          "maxRangeKm" : { "type" : "number", "minimum" : 0 },
                          "marginDb" : { "$ref" : "#/$defs/numberOrNull" }
                        }
                      }
                    }
                  }
                },
                "slice" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "time", "routes", "unreachable" ],
                  "properties" : {
                    "time" : { "$ref" : "#/$defs/time" },
                    "routes" : {
                      "type" : "array",
                      "items" : {
                        "type" : "object",
                        "additionalProperties" : false,
                        "required" : [ "satellite", "nextHop", "station", "hops", "latencyMs" ],
                        "properties" : {
                          "satellite" : { "$ref" : "#/$defs/name" },
                          "nextHop" : { "type" : [ "string", "null" ] },
                          "station" : { "$ref" : "#/$defs/name" },
                          "hops" : { "type" : "integer", "minimum" : 1 },
                          "latencyMs" : { "type" : "number", "minimum" : 0 }
                        }
                      }
                    },
                    "unreachable" : { "type" : "array", "items" : { "$ref" : "#/$defs/name" } }
                  }
                },
                "station" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "name", "latitudeDeg", "longitudeDeg", "altitudeM", "minElevationDeg", "downlinkRateMbps" ],
                  "properties" : {
                    "name" : { "$ref" : "#/$defs/name" },
                    "latitudeDeg" : { "type" : "number", "minimum" : -90, "maximum" : 90 },
                    "longitudeDeg" : { "type" : "number", "minimum" : -180, "maximum" : 360 },
                    "altitudeM" : { "type" : "number" },
                    "minElevationDeg" : { "type" : "number" },
                    "downlinkRateMbps" : { "type" : "number", "minimum" : 0 }
                  }
                },
                "pass" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "satellite", "station", "start", "end", "maxElevationDeg", "volumeGbit" ],
                  "properties" : {
                    "satellite" : { "$ref" : "#/$defs/name" },
                    "station" : { "$ref" : "#/$defs/name" },
                    "start" : { "$ref" : "#/$defs/time" },
                    "end" : { "$ref" : "#/$defs/time" },
                    "maxElevationDeg" : { "type" : "number" },
                    "volumeGbit" : { "type" : "number", "minimum" : 0 }
                  }
                },
                "satellitePower" : {
                  "type" : "object",
                  "additionalProperties" : false,
                  "required" : [ "satellite", "orbitalPeriodMin", "averageGeneratedW", "averageComputeW", "computeShare", "peakJunctionC", "junctionMarginK", "throttledMinutesPerOrbit", "radiatorAreaMarginM2", "unservedWhPerOrbit", "converged", "tiles" ],
                  "properties" : {
                    "satellite" : { "$ref" : "#/$defs/name" },
                    "orbitalPeriodMin" : { "$ref" : "#/$defs/numberOrNull" },
                    "averageGeneratedW" : { "$ref" : "#/$defs/numberOrNull" },
                    "averageComputeW" : { "$ref" : "#/$defs/numberOrNull" },
                    "computeShare" : { "$ref" : "#/$defs/numberOrNull" },
                    "peakJunctionC" : { "$ref" : "#/$defs/numberOrNull" },
                    "junctionMarginK" : { "$ref" : "#/$defs/numberOrNull" },
                    "throttledMinutesPerOrbit" : { "$ref" : "#/$defs/numberOrNull" },
                    "radiatorAreaMarginM2" : { "$ref" : "#/$defs/numberOrNull" },
                    "unservedWhPerOrbit" : { "$ref" : "#/$defs/numberOrNull" },
                    "converged" : { "type" : "boolean" },
                    "tiles" : {
                      "type" : "array",
                      "items" : {
                        "type" : "object",
                        "additionalProperties" : false,
                        "required" : [ "slot", "tileSpec", "averageGeneratedW", "averageComputeW", "peakJunctionC", "throttledMinutesPerOrbit", "lowestPowerLevel" ],
                        "properties" : {
                          "slot" : { "type" : "string" },
                          "tileSpec" : { "$ref" : "#/$defs/name" },
                          "averageGeneratedW" : { "$ref" : "#/$defs/numberOrNull" },
                          "averageComputeW" : { "$ref" : "#/$defs/numberOrNull" },
                          "peakJunctionC" : { "$ref" : "#/$defs/numberOrNull" },
                          "throttledMinutesPerOrbit" : { "$ref" : "#/$defs/numberOrNull" },
                          "lowestPowerLevel" : { "type" : "string" }
                        }
                      }
                    }
                  }
                }
              }
            }
            """;

    private static volatile JsonSchema manifestSchema;
    private static volatile JsonSchema clusterSchema;

    private BundleSchemas() {
    }

    /**
     * @param manifest a manifest tree
     * @return one line per schema violation ({@code $.path: message}), sorted; empty when valid
     */
    public static List<String> validateManifest(JsonNode manifest) {
        if (manifestSchema == null) {
            manifestSchema = load(MANIFEST);
        }
        return messages(manifestSchema, manifest);
    }

    /**
     * @param cluster a cluster tree
     * @return one line per schema violation ({@code $.path: message}), sorted; empty when valid
     */
    public static List<String> validateCluster(JsonNode cluster) {
        if (clusterSchema == null) {
            clusterSchema = load(CLUSTER);
        }
        return messages(clusterSchema, cluster);
    }

    private static JsonSchema load(String text) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text);
    }

    private static List<String> messages(JsonSchema schema, JsonNode doc) {
        return schema.validate(doc).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
