{{- define "syndicator.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "syndicator.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{/* Environment shared by every pod: the connection string from the Secret, cluster settings, extras. */}}
{{- define "syndicator.env" -}}
- name: ConnectionStrings__Syndicator
  valueFrom:
    secretKeyRef:
      name: {{ .Values.database.existingSecret }}
      key: {{ .Values.database.key }}
- name: Syndicator__Storage__MigrateOnStart
  value: "false"
- name: Syndicator__SeedDemo
  value: "false"
- name: ASPNETCORE_URLS
  value: "http://0.0.0.0:8080"
{{- if .Values.dataProtection.certificateSecret }}
- name: Syndicator__DataProtection__CertificateFile
  value: /app/keyring/keyring.pfx
- name: Syndicator__DataProtection__CertificatePassword
  valueFrom:
    secretKeyRef:
      name: {{ .Values.dataProtection.certificateSecret }}
      key: password
{{- end }}
{{- range $name, $value := .Values.env }}
- name: {{ $name }}
  value: {{ $value | quote }}
{{- end }}
{{- end -}}

{{- define "syndicator.probes" -}}
livenessProbe:
  httpGet: { path: /health/live, port: 8080 }
  periodSeconds: 10
readinessProbe:
  httpGet: { path: /health/ready, port: 8080 }
  periodSeconds: 10
securityContext:
  runAsNonRoot: true
  readOnlyRootFilesystem: true
  allowPrivilegeEscalation: false
{{- end -}}
