'use strict';

/*
 * Reads Camunda extensions the same way whether the moddle knows the camunda package
 * (Camunda Modeler, and the CLI with .bpmnlintrc's moddleExtensions) or not (a bare bpmnlint):
 * known attributes are properties, unknown ones live in $attrs, unknown elements are generic.
 */

const CAMUNDA_NS = 'http://camunda.org/schema/1.0/bpmn';

/** Ids the Modeler generates; keep in step with ModelRules.MODELER_DEFAULT_ID in the Java rules. */
const MODELER_DEFAULT_ID = /^(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task)_[0-9a-z]{7}$|^StartEvent_1$/;

function isBlank(value) {
  return value === undefined || value === null || String(value).trim() === '';
}

function root(element) {
  let current = element;
  while (current.$parent) {
    current = current.$parent;
  }
  return current;
}

/** Prefixes the document binds to the camunda namespace (usually just "camunda"). */
function camundaPrefixes(element) {
  const attrs = root(element).$attrs || {};
  const prefixes = Object.keys(attrs)
    .filter(key => key.startsWith('xmlns:') && attrs[key] === CAMUNDA_NS)
    .map(key => key.slice('xmlns:'.length));
  return prefixes.includes('camunda') ? prefixes : [ 'camunda', ...prefixes ];
}

/** The value of camunda:<name> on an element, or undefined. */
function camundaAttr(element, name) {
  let value;
  try {
    value = element.get('camunda:' + name);
  } catch (e) {
    value = undefined;
  }
  if (value !== undefined && value !== null) {
    return value;
  }
  const attrs = element.$attrs || {};
  for (const prefix of camundaPrefixes(element)) {
    if ((prefix + ':' + name) in attrs) {
      return attrs[prefix + ':' + name];
    }
  }
  return undefined;
}

/** Namespace URI and local name (first letter lower case) of a typed or generic moddle element. */
function nameOf(element) {
  const descriptor = element.$descriptor || {};
  const ns = descriptor.ns || {};
  let uri = ns.uri;
  if (!uri && ns.prefix && element.$model) {
    const pkg = element.$model.getPackage(ns.prefix);
    uri = pkg && pkg.uri;
  }
  const local = ns.localName || String(element.$type || '').split(':').pop();
  return { uri, localName: local.charAt(0).toLowerCase() + local.slice(1) };
}

function isCamunda(element, localName) {
  const name = nameOf(element);
  return name.uri === CAMUNDA_NS && (!localName || name.localName === localName);
}

/** Every element below an element's extensionElements, depth first (typed or generic). */
function extensionContent(element) {
  const found = [];
  const visit = node => {
    if (!node || typeof node !== 'object' || !node.$type) {
      return;
    }
    found.push(node);
    children(node).forEach(visit);
  };
  const values = element.extensionElements && element.extensionElements.values || [];
  values.forEach(visit);
  return found;
}

function children(node) {
  if (node.$children) {
    return node.$children;
  }
  const descriptor = node.$descriptor;
  if (!descriptor || descriptor.isGeneric || !descriptor.properties) {
    return [];
  }
  const result = [];
  descriptor.properties
    .filter(p => !p.isAttr && !p.isReference && ![ 'String', 'Boolean', 'Integer', 'Real' ].includes(p.type))
    .forEach(p => {
      const value = node[p.name];
      if (Array.isArray(value)) {
        result.push(...value);
      } else if (value && typeof value === 'object') {
        result.push(value);
      }
    });
  return result;
}

/** Sequence flows counted from sourceRef/targetRef, so hand-written XML without <incoming> counts too. */
function flowCounts(flowNode) {
  const container = flowNode.$parent;
  const flows = (container && container.flowElements || []).filter(e => e.$type === 'bpmn:SequenceFlow');
  return {
    incoming: flows.filter(f => f.targetRef === flowNode).length,
    outgoing: flows.filter(f => f.sourceRef === flowNode).length
  };
}

module.exports = {
  CAMUNDA_NS,
  MODELER_DEFAULT_ID,
  isBlank,
  camundaAttr,
  nameOf,
  isCamunda,
  extensionContent,
  flowCounts
};
