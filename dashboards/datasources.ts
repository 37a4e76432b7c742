/**
 * Datasource identities shared by the dashboards and Grafana provisioning
 * (dashboards/provisioning/datasources/brigade.yml uses the same uids).
 */
export const PROMETHEUS = { type: 'prometheus', uid: '${datasource}' };
export const PROMETHEUS_UID = 'prometheus';
export const JAEGER_UID = 'jaeger';
