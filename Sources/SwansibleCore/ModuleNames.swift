/// Module names as ansible-core 2.21 resolves them, for messages and for `swansible lint`'s fqcn rule:
/// ansible.builtin's own modules, and the short names its runtime (ansible_builtin_runtime.yml) redirects to a
/// collection, with the FQCN they end at through the collections' meta/runtime.yml (`timezone` is
/// community.general.timezone). With those collections installed Ansible knows them, so swansible names
/// them as modules it lacks rather than as misspellings.
public enum RedirectedModules {
    public static let builtin: Set<String> = Set(
        """
        add_host apt apt_key apt_repository assemble assert async_status async_wrapper blockinfile command copy cron
        deb822_repository debconf debug dnf dnf5 dpkg_selections expect fail fetch file find gather_facts get_url
        getent git group group_by hostname import_playbook import_role import_tasks include_role include_tasks
        include_vars iptables known_hosts lineinfile meta mount_facts package package_facts pause ping pip raw reboot
        replace rpm_key script service service_facts set_fact set_stats setup shell slurp stat subversion systemd
        systemd_service sysvinit tempfile template unarchive uri user validate_argument_spec wait_for
        wait_for_connection yum_repository
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Short name → the FQCN it resolves to.
    public static let targets: [String: String] = Dictionary(
        uniqueKeysWithValues: """
            a10_server=community.network.a10_server a10_server_axapi3=community.network.a10_server_axapi3
            a10_service_group=community.network.a10_service_group a10_virtual_server=community.network.a10_virtual_server
            aci_aaa_user=cisco.aci.aci_aaa_user aci_aaa_user_certificate=cisco.aci.aci_aaa_user_certificate
            aci_access_port_block_to_access_port=cisco.aci.aci_access_port_block_to_access_port
            aci_access_port_to_interface_policy_leaf_profile=cisco.aci.aci_access_port_to_interface_policy_leaf_profile
            aci_access_sub_port_block_to_access_port=cisco.aci.aci_access_sub_port_block_to_access_port
            aci_aep=cisco.aci.aci_aep aci_aep_to_domain=cisco.aci.aci_aep_to_domain aci_ap=cisco.aci.aci_ap
            aci_bd=cisco.aci.aci_bd aci_bd_subnet=cisco.aci.aci_bd_subnet aci_bd_to_l3out=cisco.aci.aci_bd_to_l3out
            aci_config_rollback=cisco.aci.aci_config_rollback aci_config_snapshot=cisco.aci.aci_config_snapshot
            aci_contract=cisco.aci.aci_contract aci_contract_subject=cisco.aci.aci_contract_subject
            aci_contract_subject_to_filter=cisco.aci.aci_contract_subject_to_filter aci_domain=cisco.aci.aci_domain
            aci_domain_to_encap_pool=cisco.aci.aci_domain_to_encap_pool
            aci_domain_to_vlan_pool=cisco.aci.aci_domain_to_vlan_pool aci_encap_pool=cisco.aci.aci_encap_pool
            aci_encap_pool_range=cisco.aci.aci_encap_pool_range aci_epg=cisco.aci.aci_epg
            aci_epg_monitoring_policy=cisco.aci.aci_epg_monitoring_policy
            aci_epg_to_contract=cisco.aci.aci_epg_to_contract aci_epg_to_domain=cisco.aci.aci_epg_to_domain
            aci_fabric_node=cisco.aci.aci_fabric_node aci_fabric_scheduler=cisco.aci.aci_fabric_scheduler
            aci_filter=cisco.aci.aci_filter aci_filter_entry=cisco.aci.aci_filter_entry
            aci_firmware_group=cisco.aci.aci_firmware_group aci_firmware_group_node=cisco.aci.aci_firmware_group_node
            aci_firmware_policy=cisco.aci.aci_firmware_policy aci_firmware_source=cisco.aci.aci_firmware_source
            aci_interface_policy_cdp=cisco.aci.aci_interface_policy_cdp
            aci_interface_policy_fc=cisco.aci.aci_interface_policy_fc
            aci_interface_policy_l2=cisco.aci.aci_interface_policy_l2
            aci_interface_policy_leaf_policy_group=cisco.aci.aci_interface_policy_leaf_policy_group
            aci_interface_policy_leaf_profile=cisco.aci.aci_interface_policy_leaf_profile
            aci_interface_policy_lldp=cisco.aci.aci_interface_policy_lldp
            aci_interface_policy_mcp=cisco.aci.aci_interface_policy_mcp
            aci_interface_policy_ospf=cisco.aci.aci_interface_policy_ospf
            aci_interface_policy_port_channel=cisco.aci.aci_interface_policy_port_channel
            aci_interface_policy_port_security=cisco.aci.aci_interface_policy_port_security
            aci_interface_selector_to_switch_policy_leaf_profile=cisco.aci.aci_interface_selector_to_switch_policy_leaf_profile
            aci_intf_policy_fc=cisco.aci.aci_interface_policy_fc aci_intf_policy_l2=cisco.aci.aci_interface_policy_l2
            aci_intf_policy_lldp=cisco.aci.aci_interface_policy_lldp
            aci_intf_policy_mcp=cisco.aci.aci_interface_policy_mcp
            aci_intf_policy_port_channel=cisco.aci.aci_interface_policy_port_channel
            aci_intf_policy_port_security=cisco.aci.aci_interface_policy_port_security aci_l3out=cisco.aci.aci_l3out
            aci_l3out_extepg=cisco.aci.aci_l3out_extepg aci_l3out_extsubnet=cisco.aci.aci_l3out_extsubnet
            aci_l3out_route_tag_policy=cisco.aci.aci_l3out_route_tag_policy
            aci_maintenance_group=cisco.aci.aci_maintenance_group
            aci_maintenance_group_node=cisco.aci.aci_maintenance_group_node
            aci_maintenance_policy=cisco.aci.aci_maintenance_policy aci_rest=cisco.aci.aci_rest
            aci_static_binding_to_epg=cisco.aci.aci_static_binding_to_epg
            aci_switch_leaf_selector=cisco.aci.aci_switch_leaf_selector
            aci_switch_policy_leaf_profile=cisco.aci.aci_switch_policy_leaf_profile
            aci_switch_policy_vpc_protection_group=cisco.aci.aci_switch_policy_vpc_protection_group
            aci_taboo_contract=cisco.aci.aci_taboo_contract aci_tenant=cisco.aci.aci_tenant
            aci_tenant_action_rule_profile=cisco.aci.aci_tenant_action_rule_profile
            aci_tenant_ep_retention_policy=cisco.aci.aci_tenant_ep_retention_policy
            aci_tenant_span_dst_group=cisco.aci.aci_tenant_span_dst_group
            aci_tenant_span_src_group=cisco.aci.aci_tenant_span_src_group
            aci_tenant_span_src_group_to_dst_group=cisco.aci.aci_tenant_span_src_group_to_dst_group
            aci_vlan_pool=cisco.aci.aci_vlan_pool aci_vlan_pool_encap_block=cisco.aci.aci_vlan_pool_encap_block
            aci_vmm_credential=cisco.aci.aci_vmm_credential aci_vrf=cisco.aci.aci_vrf acl=ansible.posix.acl
            acme_account=community.crypto.acme_account acme_account_facts=community.crypto.acme_account_facts
            acme_account_info=community.crypto.acme_account_info acme_certificate=community.crypto.acme_certificate
            acme_certificate_revoke=community.crypto.acme_certificate_revoke
            acme_challenge_cert_helper=community.crypto.acme_challenge_cert_helper
            acme_inspect=community.crypto.acme_inspect aerospike_migrations=community.general.aerospike_migrations
            airbrake_deployment=community.general.airbrake_deployment aireos_command=community.network.aireos_command
            aireos_config=community.network.aireos_config aix_devices=community.general.aix_devices
            aix_filesystem=community.general.aix_filesystem aix_inittab=community.general.aix_inittab
            aix_lvg=community.general.aix_lvg aix_lvol=community.general.aix_lvol
            ali_instance=community.general.ali_instance ali_instance_facts=community.general.ali_instance_facts
            ali_instance_info=community.general.ali_instance_info alternatives=community.general.alternatives
            apache2_mod_proxy=community.general.apache2_mod_proxy apache2_module=community.general.apache2_module
            apconos_command=community.network.apconos_command apk=community.general.apk
            apt_repo=community.general.apt_repo apt_rpm=community.general.apt_rpm archive=community.general.archive
            aruba_command=community.network.aruba_command aruba_config=community.network.aruba_config
            asa_acl=cisco.asa.asa_acl asa_command=cisco.asa.asa_command asa_config=cisco.asa.asa_config
            asa_og=cisco.asa.asa_og async_status.ps1=ansible.windows.async_status at=ansible.posix.at
            atomic_container=community.general.atomic_container atomic_host=community.general.atomic_host
            atomic_image=community.general.atomic_image authorized_key=ansible.posix.authorized_key
            avi_actiongroupconfig=community.network.avi_actiongroupconfig
            avi_alertconfig=community.network.avi_alertconfig avi_alertemailconfig=community.network.avi_alertemailconfig
            avi_alertscriptconfig=community.network.avi_alertscriptconfig
            avi_alertsyslogconfig=community.network.avi_alertsyslogconfig
            avi_analyticsprofile=community.network.avi_analyticsprofile avi_api_session=community.network.avi_api_session
            avi_api_version=community.network.avi_api_version
            avi_applicationpersistenceprofile=community.network.avi_applicationpersistenceprofile
            avi_applicationprofile=community.network.avi_applicationprofile
            avi_authprofile=community.network.avi_authprofile
            avi_autoscalelaunchconfig=community.network.avi_autoscalelaunchconfig avi_backup=community.network.avi_backup
            avi_backupconfiguration=community.network.avi_backupconfiguration
            avi_certificatemanagementprofile=community.network.avi_certificatemanagementprofile
            avi_cloud=community.network.avi_cloud avi_cloudconnectoruser=community.network.avi_cloudconnectoruser
            avi_cloudproperties=community.network.avi_cloudproperties avi_cluster=community.network.avi_cluster
            avi_clusterclouddetails=community.network.avi_clusterclouddetails
            avi_controllerproperties=community.network.avi_controllerproperties
            avi_customipamdnsprofile=community.network.avi_customipamdnsprofile
            avi_dnspolicy=community.network.avi_dnspolicy avi_errorpagebody=community.network.avi_errorpagebody
            avi_errorpageprofile=community.network.avi_errorpageprofile avi_gslb=community.network.avi_gslb
            avi_gslbgeodbprofile=community.network.avi_gslbgeodbprofile avi_gslbservice=community.network.avi_gslbservice
            avi_gslbservice_patch_member=community.network.avi_gslbservice_patch_member
            avi_hardwaresecuritymodulegroup=community.network.avi_hardwaresecuritymodulegroup
            avi_healthmonitor=community.network.avi_healthmonitor avi_httppolicyset=community.network.avi_httppolicyset
            avi_ipaddrgroup=community.network.avi_ipaddrgroup
            avi_ipamdnsproviderprofile=community.network.avi_ipamdnsproviderprofile
            avi_l4policyset=community.network.avi_l4policyset
            avi_microservicegroup=community.network.avi_microservicegroup avi_network=community.network.avi_network
            avi_networkprofile=community.network.avi_networkprofile
            avi_networksecuritypolicy=community.network.avi_networksecuritypolicy
            avi_pkiprofile=community.network.avi_pkiprofile avi_pool=community.network.avi_pool
            avi_poolgroup=community.network.avi_poolgroup
            avi_poolgroupdeploymentpolicy=community.network.avi_poolgroupdeploymentpolicy
            avi_prioritylabels=community.network.avi_prioritylabels avi_role=community.network.avi_role
            avi_scheduler=community.network.avi_scheduler avi_seproperties=community.network.avi_seproperties
            avi_serverautoscalepolicy=community.network.avi_serverautoscalepolicy
            avi_serviceengine=community.network.avi_serviceengine
            avi_serviceenginegroup=community.network.avi_serviceenginegroup
            avi_snmptrapprofile=community.network.avi_snmptrapprofile
            avi_sslkeyandcertificate=community.network.avi_sslkeyandcertificate
            avi_sslprofile=community.network.avi_sslprofile avi_stringgroup=community.network.avi_stringgroup
            avi_systemconfiguration=community.network.avi_systemconfiguration avi_tenant=community.network.avi_tenant
            avi_trafficcloneprofile=community.network.avi_trafficcloneprofile avi_user=community.network.avi_user
            avi_useraccount=community.network.avi_useraccount
            avi_useraccountprofile=community.network.avi_useraccountprofile
            avi_virtualservice=community.network.avi_virtualservice avi_vrfcontext=community.network.avi_vrfcontext
            avi_vsdatascriptset=community.network.avi_vsdatascriptset avi_vsvip=community.network.avi_vsvip
            avi_webhook=community.network.avi_webhook awall=community.general.awall aws_acm=community.aws.acm_certificate
            aws_acm_facts=community.aws.aws_acm_facts aws_acm_info=community.aws.acm_certificate_info
            aws_api_gateway=community.aws.api_gateway
            aws_application_scaling_policy=community.aws.application_autoscaling_policy
            aws_az_facts=amazon.aws.aws_az_facts aws_az_info=amazon.aws.aws_az_info
            aws_batch_compute_environment=community.aws.batch_compute_environment
            aws_batch_job_definition=community.aws.batch_job_definition aws_batch_job_queue=community.aws.batch_job_queue
            aws_caller_facts=amazon.aws.aws_caller_facts aws_caller_info=amazon.aws.aws_caller_info
            aws_codebuild=community.aws.codebuild_project aws_codecommit=community.aws.codecommit_repository
            aws_codepipeline=community.aws.codepipeline
            aws_config_aggregation_authorization=community.aws.config_aggregation_authorization
            aws_config_aggregator=community.aws.config_aggregator
            aws_config_delivery_channel=community.aws.config_delivery_channel
            aws_config_recorder=community.aws.config_recorder aws_config_rule=community.aws.config_rule
            aws_direct_connect_connection=community.aws.directconnect_connection
            aws_direct_connect_gateway=community.aws.directconnect_gateway
            aws_direct_connect_link_aggregation_group=community.aws.directconnect_link_aggregation_group
            aws_direct_connect_virtual_interface=community.aws.directconnect_virtual_interface
            aws_eks_cluster=community.aws.eks_cluster aws_elasticbeanstalk_app=community.aws.elasticbeanstalk_app
            aws_glue_connection=community.aws.glue_connection aws_glue_job=community.aws.glue_job
            aws_inspector_target=community.aws.inspector_target aws_kms=amazon.aws.kms_key
            aws_kms_facts=community.aws.aws_kms_facts aws_kms_info=amazon.aws.kms_key_info
            aws_netapp_cvs_FileSystems=netapp.aws.aws_netapp_cvs_filesystems
            aws_netapp_cvs_active_directory=netapp.aws.aws_netapp_cvs_active_directory
            aws_netapp_cvs_pool=netapp.aws.aws_netapp_cvs_pool
            aws_netapp_cvs_snapshots=netapp.aws.aws_netapp_cvs_snapshots aws_region_facts=community.aws.aws_region_facts
            aws_region_info=amazon.aws.aws_region_info aws_s3=amazon.aws.s3_object
            aws_s3_bucket_facts=community.aws.aws_s3_bucket_facts aws_s3_bucket_info=amazon.aws.s3_bucket_info
            aws_s3_cors=community.aws.s3_cors aws_secret=community.aws.secretsmanager_secret
            aws_ses_identity=community.aws.ses_identity aws_ses_identity_policy=community.aws.ses_identity_policy
            aws_ses_rule_set=community.aws.ses_rule_set aws_sgw_facts=community.aws.aws_sgw_facts
            aws_sgw_info=community.aws.storagegateway_info aws_ssm_parameter_store=community.aws.ssm_parameter
            aws_step_functions_state_machine=community.aws.stepfunctions_state_machine
            aws_step_functions_state_machine_execution=community.aws.stepfunctions_state_machine_execution
            aws_waf_condition=community.aws.waf_condition aws_waf_facts=community.aws.aws_waf_facts
            aws_waf_info=community.aws.waf_info aws_waf_rule=community.aws.waf_rule
            aws_waf_web_acl=community.aws.waf_web_acl azure_rm_acs=azure.azcollection.azure_rm_acs
            azure_rm_aks=azure.azcollection.azure_rm_aks azure_rm_aks_facts=community.azure.azure_rm_aks_facts
            azure_rm_aks_info=azure.azcollection.azure_rm_aks_info
            azure_rm_aksversion_facts=community.azure.azure_rm_aksversion_facts
            azure_rm_aksversion_info=azure.azcollection.azure_rm_aksversion_info
            azure_rm_appgateway=azure.azcollection.azure_rm_appgateway
            azure_rm_applicationsecuritygroup=azure.azcollection.azure_rm_applicationsecuritygroup
            azure_rm_applicationsecuritygroup_facts=community.azure.azure_rm_applicationsecuritygroup_facts
            azure_rm_applicationsecuritygroup_info=azure.azcollection.azure_rm_applicationsecuritygroup_info
            azure_rm_appserviceplan=azure.azcollection.azure_rm_appserviceplan
            azure_rm_appserviceplan_facts=community.azure.azure_rm_appserviceplan_facts
            azure_rm_appserviceplan_info=azure.azcollection.azure_rm_appserviceplan_info
            azure_rm_automationaccount=azure.azcollection.azure_rm_automationaccount
            azure_rm_automationaccount_facts=community.azure.azure_rm_automationaccount_facts
            azure_rm_automationaccount_info=azure.azcollection.azure_rm_automationaccount_info
            azure_rm_autoscale=azure.azcollection.azure_rm_autoscale
            azure_rm_autoscale_facts=community.azure.azure_rm_autoscale_facts
            azure_rm_autoscale_info=azure.azcollection.azure_rm_autoscale_info
            azure_rm_availabilityset=azure.azcollection.azure_rm_availabilityset
            azure_rm_availabilityset_facts=community.azure.azure_rm_availabilityset_facts
            azure_rm_availabilityset_info=azure.azcollection.azure_rm_availabilityset_info
            azure_rm_azurefirewall=azure.azcollection.azure_rm_azurefirewall
            azure_rm_azurefirewall_info=azure.azcollection.azure_rm_azurefirewall_info
            azure_rm_batchaccount=azure.azcollection.azure_rm_batchaccount
            azure_rm_cdnendpoint=azure.azcollection.azure_rm_cdnendpoint
            azure_rm_cdnendpoint_facts=community.azure.azure_rm_cdnendpoint_facts
            azure_rm_cdnendpoint_info=azure.azcollection.azure_rm_cdnendpoint_info
            azure_rm_cdnprofile=azure.azcollection.azure_rm_cdnprofile
            azure_rm_cdnprofile_facts=community.azure.azure_rm_cdnprofile_facts
            azure_rm_cdnprofile_info=azure.azcollection.azure_rm_cdnprofile_info
            azure_rm_containerinstance=azure.azcollection.azure_rm_containerinstance
            azure_rm_containerinstance_facts=community.azure.azure_rm_containerinstance_facts
            azure_rm_containerinstance_info=azure.azcollection.azure_rm_containerinstance_info
            azure_rm_containerregistry=azure.azcollection.azure_rm_containerregistry
            azure_rm_containerregistry_facts=community.azure.azure_rm_containerregistry_facts
            azure_rm_containerregistry_info=azure.azcollection.azure_rm_containerregistry_info
            azure_rm_cosmosdbaccount=azure.azcollection.azure_rm_cosmosdbaccount
            azure_rm_cosmosdbaccount_facts=community.azure.azure_rm_cosmosdbaccount_facts
            azure_rm_cosmosdbaccount_info=azure.azcollection.azure_rm_cosmosdbaccount_info
            azure_rm_deployment=azure.azcollection.azure_rm_deployment
            azure_rm_deployment_facts=community.azure.azure_rm_deployment_facts
            azure_rm_deployment_info=azure.azcollection.azure_rm_deployment_info
            azure_rm_devtestlab=azure.azcollection.azure_rm_devtestlab
            azure_rm_devtestlab_facts=community.azure.azure_rm_devtestlab_facts
            azure_rm_devtestlab_info=azure.azcollection.azure_rm_devtestlab_info
            azure_rm_devtestlabarmtemplate_facts=community.azure.azure_rm_devtestlabarmtemplate_facts
            azure_rm_devtestlabarmtemplate_info=azure.azcollection.azure_rm_devtestlabarmtemplate_info
            azure_rm_devtestlabartifact_facts=community.azure.azure_rm_devtestlabartifact_facts
            azure_rm_devtestlabartifact_info=azure.azcollection.azure_rm_devtestlabartifact_info
            azure_rm_devtestlabartifactsource=azure.azcollection.azure_rm_devtestlabartifactsource
            azure_rm_devtestlabartifactsource_facts=community.azure.azure_rm_devtestlabartifactsource_facts
            azure_rm_devtestlabartifactsource_info=azure.azcollection.azure_rm_devtestlabartifactsource_info
            azure_rm_devtestlabcustomimage=azure.azcollection.azure_rm_devtestlabcustomimage
            azure_rm_devtestlabcustomimage_facts=community.azure.azure_rm_devtestlabcustomimage_facts
            azure_rm_devtestlabcustomimage_info=azure.azcollection.azure_rm_devtestlabcustomimage_info
            azure_rm_devtestlabenvironment=azure.azcollection.azure_rm_devtestlabenvironment
            azure_rm_devtestlabenvironment_facts=community.azure.azure_rm_devtestlabenvironment_facts
            azure_rm_devtestlabenvironment_info=azure.azcollection.azure_rm_devtestlabenvironment_info
            azure_rm_devtestlabpolicy=azure.azcollection.azure_rm_devtestlabpolicy
            azure_rm_devtestlabpolicy_facts=community.azure.azure_rm_devtestlabpolicy_facts
            azure_rm_devtestlabpolicy_info=azure.azcollection.azure_rm_devtestlabpolicy_info
            azure_rm_devtestlabschedule=azure.azcollection.azure_rm_devtestlabschedule
            azure_rm_devtestlabschedule_facts=community.azure.azure_rm_devtestlabschedule_facts
            azure_rm_devtestlabschedule_info=azure.azcollection.azure_rm_devtestlabschedule_info
            azure_rm_devtestlabvirtualmachine=azure.azcollection.azure_rm_devtestlabvirtualmachine
            azure_rm_devtestlabvirtualmachine_facts=community.azure.azure_rm_devtestlabvirtualmachine_facts
            azure_rm_devtestlabvirtualmachine_info=azure.azcollection.azure_rm_devtestlabvirtualmachine_info
            azure_rm_devtestlabvirtualnetwork=azure.azcollection.azure_rm_devtestlabvirtualnetwork
            azure_rm_devtestlabvirtualnetwork_facts=community.azure.azure_rm_devtestlabvirtualnetwork_facts
            azure_rm_devtestlabvirtualnetwork_info=azure.azcollection.azure_rm_devtestlabvirtualnetwork_info
            azure_rm_dnsrecordset=azure.azcollection.azure_rm_dnsrecordset
            azure_rm_dnsrecordset_facts=community.azure.azure_rm_dnsrecordset_facts
            azure_rm_dnsrecordset_info=azure.azcollection.azure_rm_dnsrecordset_info
            azure_rm_dnszone=azure.azcollection.azure_rm_dnszone
            azure_rm_dnszone_facts=community.azure.azure_rm_dnszone_facts
            azure_rm_dnszone_info=azure.azcollection.azure_rm_dnszone_info
            azure_rm_functionapp=azure.azcollection.azure_rm_functionapp
            azure_rm_functionapp_facts=community.azure.azure_rm_functionapp_facts
            azure_rm_functionapp_info=azure.azcollection.azure_rm_functionapp_info
            azure_rm_gallery=azure.azcollection.azure_rm_gallery
            azure_rm_gallery_info=azure.azcollection.azure_rm_gallery_info
            azure_rm_galleryimage=azure.azcollection.azure_rm_galleryimage
            azure_rm_galleryimage_info=azure.azcollection.azure_rm_galleryimage_info
            azure_rm_galleryimageversion=azure.azcollection.azure_rm_galleryimageversion
            azure_rm_galleryimageversion_info=azure.azcollection.azure_rm_galleryimageversion_info
            azure_rm_hdinsightcluster=azure.azcollection.azure_rm_hdinsightcluster
            azure_rm_hdinsightcluster_facts=community.azure.azure_rm_hdinsightcluster_facts
            azure_rm_hdinsightcluster_info=azure.azcollection.azure_rm_hdinsightcluster_info
            azure_rm_image=azure.azcollection.azure_rm_image azure_rm_image_facts=community.azure.azure_rm_image_facts
            azure_rm_image_info=azure.azcollection.azure_rm_image_info
            azure_rm_iotdevice=azure.azcollection.azure_rm_iotdevice
            azure_rm_iotdevice_info=azure.azcollection.azure_rm_iotdevice_info
            azure_rm_iotdevicemodule=azure.azcollection.azure_rm_iotdevicemodule
            azure_rm_iothub=azure.azcollection.azure_rm_iothub
            azure_rm_iothub_info=azure.azcollection.azure_rm_iothub_info
            azure_rm_iothubconsumergroup=azure.azcollection.azure_rm_iothubconsumergroup
            azure_rm_keyvault=azure.azcollection.azure_rm_keyvault
            azure_rm_keyvault_info=azure.azcollection.azure_rm_keyvault_info
            azure_rm_keyvaultkey=azure.azcollection.azure_rm_keyvaultkey
            azure_rm_keyvaultkey_info=azure.azcollection.azure_rm_keyvaultkey_info
            azure_rm_keyvaultsecret=azure.azcollection.azure_rm_keyvaultsecret
            azure_rm_loadbalancer=azure.azcollection.azure_rm_loadbalancer
            azure_rm_loadbalancer_facts=community.azure.azure_rm_loadbalancer_facts
            azure_rm_loadbalancer_info=azure.azcollection.azure_rm_loadbalancer_info
            azure_rm_lock=azure.azcollection.azure_rm_lock azure_rm_lock_facts=community.azure.azure_rm_lock_facts
            azure_rm_lock_info=azure.azcollection.azure_rm_lock_info
            azure_rm_loganalyticsworkspace=azure.azcollection.azure_rm_loganalyticsworkspace
            azure_rm_loganalyticsworkspace_facts=community.azure.azure_rm_loganalyticsworkspace_facts
            azure_rm_loganalyticsworkspace_info=azure.azcollection.azure_rm_loganalyticsworkspace_info
            azure_rm_managed_disk=community.azure.azure_rm_managed_disk
            azure_rm_managed_disk_facts=community.azure.azure_rm_managed_disk_facts
            azure_rm_manageddisk=azure.azcollection.azure_rm_manageddisk
            azure_rm_manageddisk_facts=community.azure.azure_rm_manageddisk_facts
            azure_rm_manageddisk_info=azure.azcollection.azure_rm_manageddisk_info
            azure_rm_mariadbconfiguration=azure.azcollection.azure_rm_mariadbconfiguration
            azure_rm_mariadbconfiguration_facts=community.azure.azure_rm_mariadbconfiguration_facts
            azure_rm_mariadbconfiguration_info=azure.azcollection.azure_rm_mariadbconfiguration_info
            azure_rm_mariadbdatabase=azure.azcollection.azure_rm_mariadbdatabase
            azure_rm_mariadbdatabase_facts=community.azure.azure_rm_mariadbdatabase_facts
            azure_rm_mariadbdatabase_info=azure.azcollection.azure_rm_mariadbdatabase_info
            azure_rm_mariadbfirewallrule=azure.azcollection.azure_rm_mariadbfirewallrule
            azure_rm_mariadbfirewallrule_facts=community.azure.azure_rm_mariadbfirewallrule_facts
            azure_rm_mariadbfirewallrule_info=azure.azcollection.azure_rm_mariadbfirewallrule_info
            azure_rm_mariadbserver=azure.azcollection.azure_rm_mariadbserver
            azure_rm_mariadbserver_facts=community.azure.azure_rm_mariadbserver_facts
            azure_rm_mariadbserver_info=azure.azcollection.azure_rm_mariadbserver_info
            azure_rm_monitorlogprofile=azure.azcollection.azure_rm_monitorlogprofile
            azure_rm_mysqlconfiguration=azure.azcollection.azure_rm_mysqlconfiguration
            azure_rm_mysqlconfiguration_facts=community.azure.azure_rm_mysqlconfiguration_facts
            azure_rm_mysqlconfiguration_info=azure.azcollection.azure_rm_mysqlconfiguration_info
            azure_rm_mysqldatabase=azure.azcollection.azure_rm_mysqldatabase
            azure_rm_mysqldatabase_facts=community.azure.azure_rm_mysqldatabase_facts
            azure_rm_mysqldatabase_info=azure.azcollection.azure_rm_mysqldatabase_info
            azure_rm_mysqlfirewallrule=azure.azcollection.azure_rm_mysqlfirewallrule
            azure_rm_mysqlfirewallrule_facts=community.azure.azure_rm_mysqlfirewallrule_facts
            azure_rm_mysqlfirewallrule_info=azure.azcollection.azure_rm_mysqlfirewallrule_info
            azure_rm_mysqlserver=azure.azcollection.azure_rm_mysqlserver
            azure_rm_mysqlserver_facts=community.azure.azure_rm_mysqlserver_facts
            azure_rm_mysqlserver_info=azure.azcollection.azure_rm_mysqlserver_info
            azure_rm_networkinterface=azure.azcollection.azure_rm_networkinterface
            azure_rm_networkinterface_facts=community.azure.azure_rm_networkinterface_facts
            azure_rm_networkinterface_info=azure.azcollection.azure_rm_networkinterface_info
            azure_rm_postgresqlconfiguration=azure.azcollection.azure_rm_postgresqlconfiguration
            azure_rm_postgresqlconfiguration_facts=community.azure.azure_rm_postgresqlconfiguration_facts
            azure_rm_postgresqlconfiguration_info=azure.azcollection.azure_rm_postgresqlconfiguration_info
            azure_rm_postgresqldatabase=azure.azcollection.azure_rm_postgresqldatabase
            azure_rm_postgresqldatabase_facts=community.azure.azure_rm_postgresqldatabase_facts
            azure_rm_postgresqldatabase_info=azure.azcollection.azure_rm_postgresqldatabase_info
            azure_rm_postgresqlfirewallrule=azure.azcollection.azure_rm_postgresqlfirewallrule
            azure_rm_postgresqlfirewallrule_facts=community.azure.azure_rm_postgresqlfirewallrule_facts
            azure_rm_postgresqlfirewallrule_info=azure.azcollection.azure_rm_postgresqlfirewallrule_info
            azure_rm_postgresqlserver=azure.azcollection.azure_rm_postgresqlserver
            azure_rm_postgresqlserver_facts=community.azure.azure_rm_postgresqlserver_facts
            azure_rm_postgresqlserver_info=azure.azcollection.azure_rm_postgresqlserver_info
            azure_rm_publicipaddress=azure.azcollection.azure_rm_publicipaddress
            azure_rm_publicipaddress_facts=community.azure.azure_rm_publicipaddress_facts
            azure_rm_publicipaddress_info=azure.azcollection.azure_rm_publicipaddress_info
            azure_rm_rediscache=azure.azcollection.azure_rm_rediscache
            azure_rm_rediscache_facts=community.azure.azure_rm_rediscache_facts
            azure_rm_rediscache_info=azure.azcollection.azure_rm_rediscache_info
            azure_rm_rediscachefirewallrule=azure.azcollection.azure_rm_rediscachefirewallrule
            azure_rm_resource=azure.azcollection.azure_rm_resource
            azure_rm_resource_facts=community.azure.azure_rm_resource_facts
            azure_rm_resource_info=azure.azcollection.azure_rm_resource_info
            azure_rm_resourcegroup=azure.azcollection.azure_rm_resourcegroup
            azure_rm_resourcegroup_facts=community.azure.azure_rm_resourcegroup_facts
            azure_rm_resourcegroup_info=azure.azcollection.azure_rm_resourcegroup_info
            azure_rm_roleassignment=azure.azcollection.azure_rm_roleassignment
            azure_rm_roleassignment_facts=community.azure.azure_rm_roleassignment_facts
            azure_rm_roleassignment_info=azure.azcollection.azure_rm_roleassignment_info
            azure_rm_roledefinition=azure.azcollection.azure_rm_roledefinition
            azure_rm_roledefinition_facts=community.azure.azure_rm_roledefinition_facts
            azure_rm_roledefinition_info=azure.azcollection.azure_rm_roledefinition_info
            azure_rm_route=azure.azcollection.azure_rm_route azure_rm_routetable=azure.azcollection.azure_rm_routetable
            azure_rm_routetable_facts=community.azure.azure_rm_routetable_facts
            azure_rm_routetable_info=azure.azcollection.azure_rm_routetable_info
            azure_rm_securitygroup=azure.azcollection.azure_rm_securitygroup
            azure_rm_securitygroup_facts=community.azure.azure_rm_securitygroup_facts
            azure_rm_securitygroup_info=azure.azcollection.azure_rm_securitygroup_info
            azure_rm_servicebus=azure.azcollection.azure_rm_servicebus
            azure_rm_servicebus_facts=community.azure.azure_rm_servicebus_facts
            azure_rm_servicebus_info=azure.azcollection.azure_rm_servicebus_info
            azure_rm_servicebusqueue=azure.azcollection.azure_rm_servicebusqueue
            azure_rm_servicebussaspolicy=azure.azcollection.azure_rm_servicebussaspolicy
            azure_rm_servicebustopic=azure.azcollection.azure_rm_servicebustopic
            azure_rm_servicebustopicsubscription=azure.azcollection.azure_rm_servicebustopicsubscription
            azure_rm_snapshot=azure.azcollection.azure_rm_snapshot
            azure_rm_sqldatabase=azure.azcollection.azure_rm_sqldatabase
            azure_rm_sqldatabase_facts=community.azure.azure_rm_sqldatabase_facts
            azure_rm_sqldatabase_info=azure.azcollection.azure_rm_sqldatabase_info
            azure_rm_sqlfirewallrule=azure.azcollection.azure_rm_sqlfirewallrule
            azure_rm_sqlfirewallrule_facts=community.azure.azure_rm_sqlfirewallrule_facts
            azure_rm_sqlfirewallrule_info=azure.azcollection.azure_rm_sqlfirewallrule_info
            azure_rm_sqlserver=azure.azcollection.azure_rm_sqlserver
            azure_rm_sqlserver_facts=community.azure.azure_rm_sqlserver_facts
            azure_rm_sqlserver_info=azure.azcollection.azure_rm_sqlserver_info
            azure_rm_storageaccount=azure.azcollection.azure_rm_storageaccount
            azure_rm_storageaccount_facts=community.azure.azure_rm_storageaccount_facts
            azure_rm_storageaccount_info=azure.azcollection.azure_rm_storageaccount_info
            azure_rm_storageblob=azure.azcollection.azure_rm_storageblob
            azure_rm_subnet=azure.azcollection.azure_rm_subnet azure_rm_subnet_facts=community.azure.azure_rm_subnet_facts
            azure_rm_subnet_info=azure.azcollection.azure_rm_subnet_info
            azure_rm_trafficmanagerendpoint=azure.azcollection.azure_rm_trafficmanagerendpoint
            azure_rm_trafficmanagerendpoint_facts=community.azure.azure_rm_trafficmanagerendpoint_facts
            azure_rm_trafficmanagerendpoint_info=azure.azcollection.azure_rm_trafficmanagerendpoint_info
            azure_rm_trafficmanagerprofile=azure.azcollection.azure_rm_trafficmanagerprofile
            azure_rm_trafficmanagerprofile_facts=community.azure.azure_rm_trafficmanagerprofile_facts
            azure_rm_trafficmanagerprofile_info=azure.azcollection.azure_rm_trafficmanagerprofile_info
            azure_rm_virtualmachine=azure.azcollection.azure_rm_virtualmachine
            azure_rm_virtualmachine_extension=community.azure.azure_rm_virtualmachine_extension
            azure_rm_virtualmachine_facts=community.azure.azure_rm_virtualmachine_facts
            azure_rm_virtualmachine_info=azure.azcollection.azure_rm_virtualmachine_info
            azure_rm_virtualmachine_scaleset=community.azure.azure_rm_virtualmachine_scaleset
            azure_rm_virtualmachine_scaleset_facts=community.azure.azure_rm_virtualmachine_scaleset_facts
            azure_rm_virtualmachineextension=azure.azcollection.azure_rm_virtualmachineextension
            azure_rm_virtualmachineextension_facts=community.azure.azure_rm_virtualmachineextension_facts
            azure_rm_virtualmachineextension_info=azure.azcollection.azure_rm_virtualmachineextension_info
            azure_rm_virtualmachineimage_facts=community.azure.azure_rm_virtualmachineimage_facts
            azure_rm_virtualmachineimage_info=azure.azcollection.azure_rm_virtualmachineimage_info
            azure_rm_virtualmachinescaleset=azure.azcollection.azure_rm_virtualmachinescaleset
            azure_rm_virtualmachinescaleset_facts=community.azure.azure_rm_virtualmachinescaleset_facts
            azure_rm_virtualmachinescaleset_info=azure.azcollection.azure_rm_virtualmachinescaleset_info
            azure_rm_virtualmachinescalesetextension=azure.azcollection.azure_rm_virtualmachinescalesetextension
            azure_rm_virtualmachinescalesetextension_facts=community.azure.azure_rm_virtualmachinescalesetextension_facts
            azure_rm_virtualmachinescalesetextension_info=azure.azcollection.azure_rm_virtualmachinescalesetextension_info
            azure_rm_virtualmachinescalesetinstance=azure.azcollection.azure_rm_virtualmachinescalesetinstance
            azure_rm_virtualmachinescalesetinstance_facts=community.azure.azure_rm_virtualmachinescalesetinstance_facts
            azure_rm_virtualmachinescalesetinstance_info=azure.azcollection.azure_rm_virtualmachinescalesetinstance_info
            azure_rm_virtualnetwork=azure.azcollection.azure_rm_virtualnetwork
            azure_rm_virtualnetwork_facts=community.azure.azure_rm_virtualnetwork_facts
            azure_rm_virtualnetwork_info=azure.azcollection.azure_rm_virtualnetwork_info
            azure_rm_virtualnetworkgateway=azure.azcollection.azure_rm_virtualnetworkgateway
            azure_rm_virtualnetworkpeering=azure.azcollection.azure_rm_virtualnetworkpeering
            azure_rm_virtualnetworkpeering_facts=community.azure.azure_rm_virtualnetworkpeering_facts
            azure_rm_virtualnetworkpeering_info=azure.azcollection.azure_rm_virtualnetworkpeering_info
            azure_rm_webapp=azure.azcollection.azure_rm_webapp azure_rm_webapp_facts=community.azure.azure_rm_webapp_facts
            azure_rm_webapp_info=azure.azcollection.azure_rm_webapp_info
            azure_rm_webappslot=azure.azcollection.azure_rm_webappslot bcf_switch=community.network.bcf_switch
            beadm=community.general.beadm bearychat=community.general.bearychat
            bigip_apm_acl=f5networks.f5_modules.bigip_apm_acl
            bigip_apm_network_access=f5networks.f5_modules.bigip_apm_network_access
            bigip_apm_policy_fetch=f5networks.f5_modules.bigip_apm_policy_fetch
            bigip_apm_policy_import=f5networks.f5_modules.bigip_apm_policy_import
            bigip_appsvcs_extension=f5networks.f5_modules.bigip_appsvcs_extension
            bigip_asm_dos_application=f5networks.f5_modules.bigip_asm_dos_application
            bigip_asm_policy_fetch=f5networks.f5_modules.bigip_asm_policy_fetch
            bigip_asm_policy_import=f5networks.f5_modules.bigip_asm_policy_import
            bigip_asm_policy_manage=f5networks.f5_modules.bigip_asm_policy_manage
            bigip_asm_policy_server_technology=f5networks.f5_modules.bigip_asm_policy_server_technology
            bigip_asm_policy_signature_set=f5networks.f5_modules.bigip_asm_policy_signature_set
            bigip_cli_alias=f5networks.f5_modules.bigip_cli_alias bigip_cli_script=f5networks.f5_modules.bigip_cli_script
            bigip_command=f5networks.f5_modules.bigip_command bigip_config=f5networks.f5_modules.bigip_config
            bigip_configsync_action=f5networks.f5_modules.bigip_configsync_action
            bigip_data_group=f5networks.f5_modules.bigip_data_group
            bigip_device_auth=f5networks.f5_modules.bigip_device_auth
            bigip_device_auth_ldap=f5networks.f5_modules.bigip_device_auth_ldap
            bigip_device_certificate=f5networks.f5_modules.bigip_device_certificate
            bigip_device_connectivity=f5networks.f5_modules.bigip_device_connectivity
            bigip_device_dns=f5networks.f5_modules.bigip_device_dns
            bigip_device_facts=f5networks.f5_modules.bigip_device_info
            bigip_device_group=f5networks.f5_modules.bigip_device_group
            bigip_device_group_member=f5networks.f5_modules.bigip_device_group_member
            bigip_device_ha_group=f5networks.f5_modules.bigip_device_ha_group
            bigip_device_httpd=f5networks.f5_modules.bigip_device_httpd
            bigip_device_info=f5networks.f5_modules.bigip_device_info
            bigip_device_license=f5networks.f5_modules.bigip_device_license
            bigip_device_ntp=f5networks.f5_modules.bigip_device_ntp
            bigip_device_sshd=f5networks.f5_modules.bigip_device_sshd
            bigip_device_syslog=f5networks.f5_modules.bigip_device_syslog
            bigip_device_traffic_group=f5networks.f5_modules.bigip_device_traffic_group
            bigip_device_trust=f5networks.f5_modules.bigip_device_trust
            bigip_dns_cache_resolver=f5networks.f5_modules.bigip_dns_cache_resolver
            bigip_dns_nameserver=f5networks.f5_modules.bigip_dns_nameserver
            bigip_dns_resolver=f5networks.f5_modules.bigip_dns_resolver
            bigip_dns_zone=f5networks.f5_modules.bigip_dns_zone bigip_file_copy=f5networks.f5_modules.bigip_file_copy
            bigip_firewall_address_list=f5networks.f5_modules.bigip_firewall_address_list
            bigip_firewall_dos_profile=f5networks.f5_modules.bigip_firewall_dos_profile
            bigip_firewall_dos_vector=f5networks.f5_modules.bigip_firewall_dos_vector
            bigip_firewall_global_rules=f5networks.f5_modules.bigip_firewall_global_rules
            bigip_firewall_log_profile=f5networks.f5_modules.bigip_firewall_log_profile
            bigip_firewall_log_profile_network=f5networks.f5_modules.bigip_firewall_log_profile_network
            bigip_firewall_policy=f5networks.f5_modules.bigip_firewall_policy
            bigip_firewall_port_list=f5networks.f5_modules.bigip_firewall_port_list
            bigip_firewall_rule=f5networks.f5_modules.bigip_firewall_rule
            bigip_firewall_rule_list=f5networks.f5_modules.bigip_firewall_rule_list
            bigip_firewall_schedule=f5networks.f5_modules.bigip_firewall_schedule
            bigip_gtm_datacenter=f5networks.f5_modules.bigip_gtm_datacenter
            bigip_gtm_global=f5networks.f5_modules.bigip_gtm_global
            bigip_gtm_monitor_bigip=f5networks.f5_modules.bigip_gtm_monitor_bigip
            bigip_gtm_monitor_external=f5networks.f5_modules.bigip_gtm_monitor_external
            bigip_gtm_monitor_firepass=f5networks.f5_modules.bigip_gtm_monitor_firepass
            bigip_gtm_monitor_http=f5networks.f5_modules.bigip_gtm_monitor_http
            bigip_gtm_monitor_https=f5networks.f5_modules.bigip_gtm_monitor_https
            bigip_gtm_monitor_tcp=f5networks.f5_modules.bigip_gtm_monitor_tcp
            bigip_gtm_monitor_tcp_half_open=f5networks.f5_modules.bigip_gtm_monitor_tcp_half_open
            bigip_gtm_pool=f5networks.f5_modules.bigip_gtm_pool
            bigip_gtm_pool_member=f5networks.f5_modules.bigip_gtm_pool_member
            bigip_gtm_server=f5networks.f5_modules.bigip_gtm_server
            bigip_gtm_topology_record=f5networks.f5_modules.bigip_gtm_topology_record
            bigip_gtm_topology_region=f5networks.f5_modules.bigip_gtm_topology_region
            bigip_gtm_virtual_server=f5networks.f5_modules.bigip_gtm_virtual_server
            bigip_gtm_wide_ip=f5networks.f5_modules.bigip_gtm_wide_ip bigip_hostname=f5networks.f5_modules.bigip_hostname
            bigip_iapp_service=f5networks.f5_modules.bigip_iapp_service
            bigip_iapp_template=f5networks.f5_modules.bigip_iapp_template
            bigip_iapplx_package=f5networks.f5_modules.bigip_lx_package
            bigip_ike_peer=f5networks.f5_modules.bigip_ike_peer
            bigip_imish_config=f5networks.f5_modules.bigip_imish_config
            bigip_ipsec_policy=f5networks.f5_modules.bigip_ipsec_policy bigip_irule=f5networks.f5_modules.bigip_irule
            bigip_log_destination=f5networks.f5_modules.bigip_log_destination
            bigip_log_publisher=f5networks.f5_modules.bigip_log_publisher
            bigip_lx_package=f5networks.f5_modules.bigip_lx_package
            bigip_management_route=f5networks.f5_modules.bigip_management_route
            bigip_message_routing_peer=f5networks.f5_modules.bigip_message_routing_peer
            bigip_message_routing_protocol=f5networks.f5_modules.bigip_message_routing_protocol
            bigip_message_routing_route=f5networks.f5_modules.bigip_message_routing_route
            bigip_message_routing_router=f5networks.f5_modules.bigip_message_routing_router
            bigip_message_routing_transport_config=f5networks.f5_modules.bigip_message_routing_transport_config
            bigip_monitor_dns=f5networks.f5_modules.bigip_monitor_dns
            bigip_monitor_external=f5networks.f5_modules.bigip_monitor_external
            bigip_monitor_gateway_icmp=f5networks.f5_modules.bigip_monitor_gateway_icmp
            bigip_monitor_http=f5networks.f5_modules.bigip_monitor_http
            bigip_monitor_https=f5networks.f5_modules.bigip_monitor_https
            bigip_monitor_ldap=f5networks.f5_modules.bigip_monitor_ldap
            bigip_monitor_snmp_dca=f5networks.f5_modules.bigip_monitor_snmp_dca
            bigip_monitor_tcp=f5networks.f5_modules.bigip_monitor_tcp
            bigip_monitor_tcp_echo=f5networks.f5_modules.bigip_monitor_tcp_echo
            bigip_monitor_tcp_half_open=f5networks.f5_modules.bigip_monitor_tcp_half_open
            bigip_monitor_udp=f5networks.f5_modules.bigip_monitor_udp bigip_node=f5networks.f5_modules.bigip_node
            bigip_partition=f5networks.f5_modules.bigip_partition
            bigip_password_policy=f5networks.f5_modules.bigip_password_policy
            bigip_policy=f5networks.f5_modules.bigip_policy bigip_policy_rule=f5networks.f5_modules.bigip_policy_rule
            bigip_pool=f5networks.f5_modules.bigip_pool bigip_pool_member=f5networks.f5_modules.bigip_pool_member
            bigip_profile_analytics=f5networks.f5_modules.bigip_profile_analytics
            bigip_profile_client_ssl=f5networks.f5_modules.bigip_profile_client_ssl
            bigip_profile_dns=f5networks.f5_modules.bigip_profile_dns
            bigip_profile_fastl4=f5networks.f5_modules.bigip_profile_fastl4
            bigip_profile_http=f5networks.f5_modules.bigip_profile_http
            bigip_profile_http2=f5networks.f5_modules.bigip_profile_http2
            bigip_profile_http_compression=f5networks.f5_modules.bigip_profile_http_compression
            bigip_profile_oneconnect=f5networks.f5_modules.bigip_profile_oneconnect
            bigip_profile_persistence_cookie=f5networks.f5_modules.bigip_profile_persistence_cookie
            bigip_profile_persistence_src_addr=f5networks.f5_modules.bigip_profile_persistence_src_addr
            bigip_profile_server_ssl=f5networks.f5_modules.bigip_profile_server_ssl
            bigip_profile_tcp=f5networks.f5_modules.bigip_profile_tcp
            bigip_profile_udp=f5networks.f5_modules.bigip_profile_udp
            bigip_provision=f5networks.f5_modules.bigip_provision bigip_qkview=f5networks.f5_modules.bigip_qkview
            bigip_remote_role=f5networks.f5_modules.bigip_remote_role
            bigip_remote_syslog=f5networks.f5_modules.bigip_remote_syslog
            bigip_remote_user=f5networks.f5_modules.bigip_remote_user
            bigip_routedomain=f5networks.f5_modules.bigip_routedomain
            bigip_security_address_list=f5networks.f5_modules.bigip_firewall_address_list
            bigip_security_port_list=f5networks.f5_modules.bigip_firewall_port_list
            bigip_selfip=f5networks.f5_modules.bigip_selfip
            bigip_service_policy=f5networks.f5_modules.bigip_service_policy bigip_smtp=f5networks.f5_modules.bigip_smtp
            bigip_snat_pool=f5networks.f5_modules.bigip_snat_pool
            bigip_snat_translation=f5networks.f5_modules.bigip_snat_translation
            bigip_snmp=f5networks.f5_modules.bigip_snmp bigip_snmp_community=f5networks.f5_modules.bigip_snmp_community
            bigip_snmp_trap=f5networks.f5_modules.bigip_snmp_trap
            bigip_software_image=f5networks.f5_modules.bigip_software_image
            bigip_software_install=f5networks.f5_modules.bigip_software_install
            bigip_software_update=f5networks.f5_modules.bigip_software_update
            bigip_ssl_certificate=f5networks.f5_modules.bigip_ssl_certificate
            bigip_ssl_key=f5networks.f5_modules.bigip_ssl_key bigip_ssl_ocsp=f5networks.f5_modules.bigip_ssl_ocsp
            bigip_static_route=f5networks.f5_modules.bigip_static_route
            bigip_sys_daemon_log_tmm=f5networks.f5_modules.bigip_sys_daemon_log_tmm
            bigip_sys_db=f5networks.f5_modules.bigip_sys_db bigip_sys_global=f5networks.f5_modules.bigip_sys_global
            bigip_timer_policy=f5networks.f5_modules.bigip_timer_policy
            bigip_traffic_group=f5networks.f5_modules.bigip_device_traffic_group
            bigip_traffic_selector=f5networks.f5_modules.bigip_traffic_selector
            bigip_trunk=f5networks.f5_modules.bigip_trunk bigip_tunnel=f5networks.f5_modules.bigip_tunnel
            bigip_ucs=f5networks.f5_modules.bigip_ucs bigip_ucs_fetch=f5networks.f5_modules.bigip_ucs_fetch
            bigip_user=f5networks.f5_modules.bigip_user bigip_vcmp_guest=f5networks.f5_modules.bigip_vcmp_guest
            bigip_virtual_address=f5networks.f5_modules.bigip_virtual_address
            bigip_virtual_server=f5networks.f5_modules.bigip_virtual_server bigip_vlan=f5networks.f5_modules.bigip_vlan
            bigip_wait=f5networks.f5_modules.bigip_wait
            bigiq_application_fasthttp=f5networks.f5_modules.bigiq_application_fasthttp
            bigiq_application_fastl4_tcp=f5networks.f5_modules.bigiq_application_fastl4_tcp
            bigiq_application_fastl4_udp=f5networks.f5_modules.bigiq_application_fastl4_udp
            bigiq_application_http=f5networks.f5_modules.bigiq_application_http
            bigiq_application_https_offload=f5networks.f5_modules.bigiq_application_https_offload
            bigiq_application_https_waf=f5networks.f5_modules.bigiq_application_https_waf
            bigiq_device_discovery=f5networks.f5_modules.bigiq_device_discovery
            bigiq_device_info=f5networks.f5_modules.bigiq_device_info
            bigiq_regkey_license=f5networks.f5_modules.bigiq_regkey_license
            bigiq_regkey_license_assignment=f5networks.f5_modules.bigiq_regkey_license_assignment
            bigiq_regkey_pool=f5networks.f5_modules.bigiq_regkey_pool
            bigiq_utility_license=f5networks.f5_modules.bigiq_utility_license
            bigiq_utility_license_assignment=f5networks.f5_modules.bigiq_utility_license_assignment
            bigmon_chain=community.network.bigmon_chain bigmon_policy=community.network.bigmon_policy
            bigpanda=community.general.bigpanda bitbucket_access_key=community.general.bitbucket_access_key
            bitbucket_pipeline_key_pair=community.general.bitbucket_pipeline_key_pair
            bitbucket_pipeline_known_host=community.general.bitbucket_pipeline_known_host
            bitbucket_pipeline_variable=community.general.bitbucket_pipeline_variable bower=community.general.bower
            bundler=community.general.bundler bzr=community.general.bzr campfire=community.general.campfire
            capabilities=community.general.capabilities catapult=community.general.catapult
            ce_aaa_server=community.network.ce_aaa_server ce_aaa_server_host=community.network.ce_aaa_server_host
            ce_acl=community.network.ce_acl ce_acl_advance=community.network.ce_acl_advance
            ce_acl_interface=community.network.ce_acl_interface ce_bfd_global=community.network.ce_bfd_global
            ce_bfd_session=community.network.ce_bfd_session ce_bfd_view=community.network.ce_bfd_view
            ce_bgp=community.network.ce_bgp ce_bgp_af=community.network.ce_bgp_af
            ce_bgp_neighbor=community.network.ce_bgp_neighbor ce_bgp_neighbor_af=community.network.ce_bgp_neighbor_af
            ce_command=community.network.ce_command ce_config=community.network.ce_config
            ce_dldp=community.network.ce_dldp ce_dldp_interface=community.network.ce_dldp_interface
            ce_eth_trunk=community.network.ce_eth_trunk ce_evpn_bd_vni=community.network.ce_evpn_bd_vni
            ce_evpn_bgp=community.network.ce_evpn_bgp ce_evpn_bgp_rr=community.network.ce_evpn_bgp_rr
            ce_evpn_global=community.network.ce_evpn_global ce_facts=community.network.ce_facts
            ce_file_copy=community.network.ce_file_copy ce_info_center_debug=community.network.ce_info_center_debug
            ce_info_center_global=community.network.ce_info_center_global
            ce_info_center_log=community.network.ce_info_center_log
            ce_info_center_trap=community.network.ce_info_center_trap ce_interface=community.network.ce_interface
            ce_interface_ospf=community.network.ce_interface_ospf ce_ip_interface=community.network.ce_ip_interface
            ce_is_is_instance=community.network.ce_is_is_instance ce_is_is_interface=community.network.ce_is_is_interface
            ce_is_is_view=community.network.ce_is_is_view ce_lacp=community.network.ce_lacp
            ce_link_status=community.network.ce_link_status ce_lldp=community.network.ce_lldp
            ce_lldp_interface=community.network.ce_lldp_interface ce_mdn_interface=community.network.ce_mdn_interface
            ce_mlag_config=community.network.ce_mlag_config ce_mlag_interface=community.network.ce_mlag_interface
            ce_mtu=community.network.ce_mtu ce_multicast_global=community.network.ce_multicast_global
            ce_multicast_igmp_enable=community.network.ce_multicast_igmp_enable ce_netconf=community.network.ce_netconf
            ce_netstream_aging=community.network.ce_netstream_aging
            ce_netstream_export=community.network.ce_netstream_export
            ce_netstream_global=community.network.ce_netstream_global
            ce_netstream_template=community.network.ce_netstream_template ce_ntp=community.network.ce_ntp
            ce_ntp_auth=community.network.ce_ntp_auth ce_ospf=community.network.ce_ospf
            ce_ospf_vrf=community.network.ce_ospf_vrf ce_reboot=community.network.ce_reboot
            ce_rollback=community.network.ce_rollback ce_sflow=community.network.ce_sflow
            ce_snmp_community=community.network.ce_snmp_community ce_snmp_contact=community.network.ce_snmp_contact
            ce_snmp_location=community.network.ce_snmp_location ce_snmp_target_host=community.network.ce_snmp_target_host
            ce_snmp_traps=community.network.ce_snmp_traps ce_snmp_user=community.network.ce_snmp_user
            ce_startup=community.network.ce_startup ce_static_route=community.network.ce_static_route
            ce_static_route_bfd=community.network.ce_static_route_bfd ce_stp=community.network.ce_stp
            ce_switchport=community.network.ce_switchport ce_vlan=community.network.ce_vlan
            ce_vrf=community.network.ce_vrf ce_vrf_af=community.network.ce_vrf_af
            ce_vrf_interface=community.network.ce_vrf_interface ce_vrrp=community.network.ce_vrrp
            ce_vxlan_arp=community.network.ce_vxlan_arp ce_vxlan_gateway=community.network.ce_vxlan_gateway
            ce_vxlan_global=community.network.ce_vxlan_global ce_vxlan_tunnel=community.network.ce_vxlan_tunnel
            ce_vxlan_vap=community.network.ce_vxlan_vap
            certificate_complete_chain=community.crypto.certificate_complete_chain
            checkpoint_access_layer_facts=check_point.mgmt.checkpoint_access_layer_facts
            checkpoint_access_rule=check_point.mgmt.checkpoint_access_rule
            checkpoint_access_rule_facts=check_point.mgmt.checkpoint_access_rule_facts
            checkpoint_host=check_point.mgmt.checkpoint_host checkpoint_host_facts=check_point.mgmt.checkpoint_host_facts
            checkpoint_object_facts=check_point.mgmt.checkpoint_object_facts
            checkpoint_run_script=check_point.mgmt.checkpoint_run_script
            checkpoint_session=check_point.mgmt.checkpoint_session
            checkpoint_task_facts=check_point.mgmt.checkpoint_task_facts
            circonus_annotation=community.general.circonus_annotation cisco_spark=community.general.cisco_webex
            clc_aa_policy=community.general.clc_aa_policy clc_alert_policy=community.general.clc_alert_policy
            clc_blueprint_package=community.general.clc_blueprint_package
            clc_firewall_policy=community.general.clc_firewall_policy clc_group=community.general.clc_group
            clc_loadbalancer=community.general.clc_loadbalancer clc_modify_server=community.general.clc_modify_server
            clc_publicip=community.general.clc_publicip clc_server=community.general.clc_server
            clc_server_snapshot=community.general.clc_server_snapshot cli_command=ansible.netcommon.cli_command
            cli_config=ansible.netcommon.cli_config cloud_init_data_facts=community.general.cloud_init_data_facts
            cloudflare_dns=community.general.cloudflare_dns cloudformation=amazon.aws.cloudformation
            cloudformation_exports_info=community.aws.cloudformation_exports_info
            cloudformation_facts=amazon.aws.cloudformation_facts cloudformation_info=amazon.aws.cloudformation_info
            cloudformation_stack_set=community.aws.cloudformation_stack_set
            cloudfront_distribution=community.aws.cloudfront_distribution cloudfront_facts=community.aws.cloudfront_facts
            cloudfront_info=community.aws.cloudfront_distribution_info
            cloudfront_invalidation=community.aws.cloudfront_invalidation
            cloudfront_origin_access_identity=community.aws.cloudfront_origin_access_identity
            cloudscale_floating_ip=cloudscale_ch.cloud.floating_ip cloudscale_server=cloudscale_ch.cloud.server
            cloudscale_server_group=cloudscale_ch.cloud.server_group cloudscale_volume=cloudscale_ch.cloud.volume
            cloudtrail=amazon.aws.cloudtrail cloudwatchevent_rule=amazon.aws.cloudwatchevent_rule
            cloudwatchlogs_log_group=amazon.aws.cloudwatchlogs_log_group
            cloudwatchlogs_log_group_facts=community.aws.cloudwatchlogs_log_group_facts
            cloudwatchlogs_log_group_info=amazon.aws.cloudwatchlogs_log_group_info
            cloudwatchlogs_log_group_metric_filter=amazon.aws.cloudwatchlogs_log_group_metric_filter
            cnos_backup=community.network.cnos_backup cnos_banner=community.network.cnos_banner
            cnos_bgp=community.network.cnos_bgp cnos_command=community.network.cnos_command
            cnos_conditional_command=community.network.cnos_conditional_command
            cnos_conditional_template=community.network.cnos_conditional_template
            cnos_config=community.network.cnos_config cnos_factory=community.network.cnos_factory
            cnos_facts=community.network.cnos_facts cnos_image=community.network.cnos_image
            cnos_interface=community.network.cnos_interface cnos_l2_interface=community.network.cnos_l2_interface
            cnos_l3_interface=community.network.cnos_l3_interface cnos_linkagg=community.network.cnos_linkagg
            cnos_lldp=community.network.cnos_lldp cnos_logging=community.network.cnos_logging
            cnos_reload=community.network.cnos_reload cnos_rollback=community.network.cnos_rollback
            cnos_save=community.network.cnos_save cnos_showrun=community.network.cnos_showrun
            cnos_static_route=community.network.cnos_static_route cnos_system=community.network.cnos_system
            cnos_template=community.network.cnos_template cnos_user=community.network.cnos_user
            cnos_vlag=community.network.cnos_vlag cnos_vlan=community.network.cnos_vlan
            cnos_vrf=community.network.cnos_vrf cobbler_sync=community.general.cobbler_sync
            cobbler_system=community.general.cobbler_system composer=community.general.composer
            consul=community.general.consul consul_acl=community.general.consul_acl consul_kv=community.general.consul_kv
            consul_session=community.general.consul_session cp_mgmt_access_layer=check_point.mgmt.cp_mgmt_access_layer
            cp_mgmt_access_layer_facts=check_point.mgmt.cp_mgmt_access_layer_facts
            cp_mgmt_access_role=check_point.mgmt.cp_mgmt_access_role
            cp_mgmt_access_role_facts=check_point.mgmt.cp_mgmt_access_role_facts
            cp_mgmt_access_rule=check_point.mgmt.cp_mgmt_access_rule
            cp_mgmt_access_rule_facts=check_point.mgmt.cp_mgmt_access_rule_facts
            cp_mgmt_address_range=check_point.mgmt.cp_mgmt_address_range
            cp_mgmt_address_range_facts=check_point.mgmt.cp_mgmt_address_range_facts
            cp_mgmt_administrator=check_point.mgmt.cp_mgmt_administrator
            cp_mgmt_administrator_facts=check_point.mgmt.cp_mgmt_administrator_facts
            cp_mgmt_application_site=check_point.mgmt.cp_mgmt_application_site
            cp_mgmt_application_site_category=check_point.mgmt.cp_mgmt_application_site_category
            cp_mgmt_application_site_category_facts=check_point.mgmt.cp_mgmt_application_site_category_facts
            cp_mgmt_application_site_facts=check_point.mgmt.cp_mgmt_application_site_facts
            cp_mgmt_application_site_group=check_point.mgmt.cp_mgmt_application_site_group
            cp_mgmt_application_site_group_facts=check_point.mgmt.cp_mgmt_application_site_group_facts
            cp_mgmt_assign_global_assignment=check_point.mgmt.cp_mgmt_assign_global_assignment
            cp_mgmt_discard=check_point.mgmt.cp_mgmt_discard cp_mgmt_dns_domain=check_point.mgmt.cp_mgmt_dns_domain
            cp_mgmt_dns_domain_facts=check_point.mgmt.cp_mgmt_dns_domain_facts
            cp_mgmt_dynamic_object=check_point.mgmt.cp_mgmt_dynamic_object
            cp_mgmt_dynamic_object_facts=check_point.mgmt.cp_mgmt_dynamic_object_facts
            cp_mgmt_exception_group=check_point.mgmt.cp_mgmt_exception_group
            cp_mgmt_exception_group_facts=check_point.mgmt.cp_mgmt_exception_group_facts
            cp_mgmt_global_assignment=check_point.mgmt.cp_mgmt_global_assignment
            cp_mgmt_global_assignment_facts=check_point.mgmt.cp_mgmt_global_assignment_facts
            cp_mgmt_group=check_point.mgmt.cp_mgmt_group cp_mgmt_group_facts=check_point.mgmt.cp_mgmt_group_facts
            cp_mgmt_group_with_exclusion=check_point.mgmt.cp_mgmt_group_with_exclusion
            cp_mgmt_group_with_exclusion_facts=check_point.mgmt.cp_mgmt_group_with_exclusion_facts
            cp_mgmt_host=check_point.mgmt.cp_mgmt_host cp_mgmt_host_facts=check_point.mgmt.cp_mgmt_host_facts
            cp_mgmt_install_policy=check_point.mgmt.cp_mgmt_install_policy
            cp_mgmt_mds_facts=check_point.mgmt.cp_mgmt_mds_facts
            cp_mgmt_multicast_address_range=check_point.mgmt.cp_mgmt_multicast_address_range
            cp_mgmt_multicast_address_range_facts=check_point.mgmt.cp_mgmt_multicast_address_range_facts
            cp_mgmt_network=check_point.mgmt.cp_mgmt_network cp_mgmt_network_facts=check_point.mgmt.cp_mgmt_network_facts
            cp_mgmt_package=check_point.mgmt.cp_mgmt_package cp_mgmt_package_facts=check_point.mgmt.cp_mgmt_package_facts
            cp_mgmt_publish=check_point.mgmt.cp_mgmt_publish cp_mgmt_put_file=check_point.mgmt.cp_mgmt_put_file
            cp_mgmt_run_ips_update=check_point.mgmt.cp_mgmt_run_ips_update
            cp_mgmt_run_script=check_point.mgmt.cp_mgmt_run_script
            cp_mgmt_security_zone=check_point.mgmt.cp_mgmt_security_zone
            cp_mgmt_security_zone_facts=check_point.mgmt.cp_mgmt_security_zone_facts
            cp_mgmt_service_dce_rpc=check_point.mgmt.cp_mgmt_service_dce_rpc
            cp_mgmt_service_dce_rpc_facts=check_point.mgmt.cp_mgmt_service_dce_rpc_facts
            cp_mgmt_service_group=check_point.mgmt.cp_mgmt_service_group
            cp_mgmt_service_group_facts=check_point.mgmt.cp_mgmt_service_group_facts
            cp_mgmt_service_icmp=check_point.mgmt.cp_mgmt_service_icmp
            cp_mgmt_service_icmp6=check_point.mgmt.cp_mgmt_service_icmp6
            cp_mgmt_service_icmp6_facts=check_point.mgmt.cp_mgmt_service_icmp6_facts
            cp_mgmt_service_icmp_facts=check_point.mgmt.cp_mgmt_service_icmp_facts
            cp_mgmt_service_other=check_point.mgmt.cp_mgmt_service_other
            cp_mgmt_service_other_facts=check_point.mgmt.cp_mgmt_service_other_facts
            cp_mgmt_service_rpc=check_point.mgmt.cp_mgmt_service_rpc
            cp_mgmt_service_rpc_facts=check_point.mgmt.cp_mgmt_service_rpc_facts
            cp_mgmt_service_sctp=check_point.mgmt.cp_mgmt_service_sctp
            cp_mgmt_service_sctp_facts=check_point.mgmt.cp_mgmt_service_sctp_facts
            cp_mgmt_service_tcp=check_point.mgmt.cp_mgmt_service_tcp
            cp_mgmt_service_tcp_facts=check_point.mgmt.cp_mgmt_service_tcp_facts
            cp_mgmt_service_udp=check_point.mgmt.cp_mgmt_service_udp
            cp_mgmt_service_udp_facts=check_point.mgmt.cp_mgmt_service_udp_facts
            cp_mgmt_session_facts=check_point.mgmt.cp_mgmt_session_facts
            cp_mgmt_simple_gateway=check_point.mgmt.cp_mgmt_simple_gateway
            cp_mgmt_simple_gateway_facts=check_point.mgmt.cp_mgmt_simple_gateway_facts
            cp_mgmt_tag=check_point.mgmt.cp_mgmt_tag cp_mgmt_tag_facts=check_point.mgmt.cp_mgmt_tag_facts
            cp_mgmt_threat_exception=check_point.mgmt.cp_mgmt_threat_exception
            cp_mgmt_threat_exception_facts=check_point.mgmt.cp_mgmt_threat_exception_facts
            cp_mgmt_threat_indicator=check_point.mgmt.cp_mgmt_threat_indicator
            cp_mgmt_threat_indicator_facts=check_point.mgmt.cp_mgmt_threat_indicator_facts
            cp_mgmt_threat_layer=check_point.mgmt.cp_mgmt_threat_layer
            cp_mgmt_threat_layer_facts=check_point.mgmt.cp_mgmt_threat_layer_facts
            cp_mgmt_threat_profile=check_point.mgmt.cp_mgmt_threat_profile
            cp_mgmt_threat_profile_facts=check_point.mgmt.cp_mgmt_threat_profile_facts
            cp_mgmt_threat_protection_override=check_point.mgmt.cp_mgmt_threat_protection_override
            cp_mgmt_threat_rule=check_point.mgmt.cp_mgmt_threat_rule
            cp_mgmt_threat_rule_facts=check_point.mgmt.cp_mgmt_threat_rule_facts
            cp_mgmt_time=check_point.mgmt.cp_mgmt_time cp_mgmt_time_facts=check_point.mgmt.cp_mgmt_time_facts
            cp_mgmt_verify_policy=check_point.mgmt.cp_mgmt_verify_policy
            cp_mgmt_vpn_community_meshed=check_point.mgmt.cp_mgmt_vpn_community_meshed
            cp_mgmt_vpn_community_meshed_facts=check_point.mgmt.cp_mgmt_vpn_community_meshed_facts
            cp_mgmt_vpn_community_star=check_point.mgmt.cp_mgmt_vpn_community_star
            cp_mgmt_vpn_community_star_facts=check_point.mgmt.cp_mgmt_vpn_community_star_facts
            cp_mgmt_wildcard=check_point.mgmt.cp_mgmt_wildcard
            cp_mgmt_wildcard_facts=check_point.mgmt.cp_mgmt_wildcard_facts cp_publish=community.network.cp_publish
            cpanm=community.general.cpanm cpm_plugconfig=wti.remote.cpm_plugconfig
            cpm_plugcontrol=wti.remote.cpm_plugcontrol cpm_serial_port_config=wti.remote.cpm_serial_port_config
            cpm_serial_port_info=wti.remote.cpm_serial_port_info cpm_user=wti.remote.cpm_user
            cronvar=community.general.cronvar crypttab=community.general.crypttab cs_account=ngine_io.cloudstack.account
            cs_affinitygroup=ngine_io.cloudstack.affinity_group cs_cluster=ngine_io.cloudstack.cluster
            cs_configuration=ngine_io.cloudstack.configuration cs_disk_offering=ngine_io.cloudstack.disk_offering
            cs_domain=ngine_io.cloudstack.domain cs_facts=ngine_io.cloudstack.metadata_facts
            cs_firewall=ngine_io.cloudstack.firewall cs_host=ngine_io.cloudstack.host
            cs_image_store=ngine_io.cloudstack.image_store cs_instance=ngine_io.cloudstack.instance
            cs_instance_facts=ngine_io.cloudstack.instance_info cs_instance_info=ngine_io.cloudstack.instance_info
            cs_instance_nic=ngine_io.cloudstack.instance_nic
            cs_instance_nic_secondaryip=ngine_io.cloudstack.instance_nic_secondaryip
            cs_instance_password_reset=ngine_io.cloudstack.instance_password_reset
            cs_instancegroup=ngine_io.cloudstack.instance_group cs_ip_address=ngine_io.cloudstack.ip_address
            cs_iso=ngine_io.cloudstack.iso cs_loadbalancer_rule=ngine_io.cloudstack.lb_rule
            cs_loadbalancer_rule_member=ngine_io.cloudstack.lb_rule_member cs_network=ngine_io.cloudstack.network
            cs_network_acl=ngine_io.cloudstack.network_acl cs_network_acl_rule=ngine_io.cloudstack.network_acl_rule
            cs_network_offering=ngine_io.cloudstack.network_offering
            cs_physical_network=ngine_io.cloudstack.physical_network cs_pod=ngine_io.cloudstack.pod
            cs_portforward=ngine_io.cloudstack.portforward cs_project=ngine_io.cloudstack.project
            cs_region=ngine_io.cloudstack.region cs_resourcelimit=ngine_io.cloudstack.resource_limit
            cs_role=ngine_io.cloudstack.role cs_role_permission=ngine_io.cloudstack.role_permission
            cs_router=ngine_io.cloudstack.router cs_securitygroup=ngine_io.cloudstack.security_group
            cs_securitygroup_rule=ngine_io.cloudstack.security_group_rule
            cs_service_offering=ngine_io.cloudstack.service_offering
            cs_snapshot_policy=ngine_io.cloudstack.volume_snapshot_policy cs_sshkeypair=ngine_io.cloudstack.ssh_key
            cs_staticnat=ngine_io.cloudstack.static_nat cs_storage_pool=ngine_io.cloudstack.storage_pool
            cs_template=ngine_io.cloudstack.template cs_traffic_type=ngine_io.cloudstack.traffic_type
            cs_user=ngine_io.cloudstack.user cs_vlan_ip_range=ngine_io.cloudstack.vlan_ip_range
            cs_vmsnapshot=ngine_io.cloudstack.instance_snapshot cs_volume=ngine_io.cloudstack.volume
            cs_vpc=ngine_io.cloudstack.vpc cs_vpc_offering=ngine_io.cloudstack.vpc_offering
            cs_vpn_connection=ngine_io.cloudstack.vpn_connection
            cs_vpn_customer_gateway=ngine_io.cloudstack.vpn_customer_gateway
            cs_vpn_gateway=ngine_io.cloudstack.vpn_gateway cs_zone=ngine_io.cloudstack.zone
            cs_zone_facts=ngine_io.cloudstack.zone_info cs_zone_info=ngine_io.cloudstack.zone_info
            cv_server_provision=community.network.cv_server_provision
            cyberark_authentication=cyberark.pas.cyberark_authentication cyberark_user=cyberark.pas.cyberark_user
            data_pipeline=community.aws.data_pipeline datadog_event=community.general.datadog_event
            datadog_monitor=community.general.datadog_monitor dconf=community.general.dconf
            dellos10_command=dellemc.os10.os10_command dellos10_config=dellemc.os10.os10_config
            dellos10_facts=dellemc.os10.os10_facts dellos6_command=dellemc.os6.os6_command
            dellos6_config=dellemc.os6.os6_config dellos6_facts=dellemc.os6.os6_facts
            dellos9_command=dellemc.os9.os9_command dellos9_config=dellemc.os9.os9_config
            dellos9_facts=dellemc.os9.os9_facts deploy_helper=community.general.deploy_helper
            digital_ocean=community.digitalocean.digital_ocean
            digital_ocean_account_facts=community.digitalocean.digital_ocean_account_facts
            digital_ocean_account_info=community.digitalocean.digital_ocean_account_info
            digital_ocean_block_storage=community.digitalocean.digital_ocean_block_storage
            digital_ocean_certificate=community.digitalocean.digital_ocean_certificate
            digital_ocean_certificate_facts=community.digitalocean.digital_ocean_certificate_facts
            digital_ocean_certificate_info=community.digitalocean.digital_ocean_certificate_info
            digital_ocean_domain=community.digitalocean.digital_ocean_domain
            digital_ocean_domain_facts=community.digitalocean.digital_ocean_domain_facts
            digital_ocean_domain_info=community.digitalocean.digital_ocean_domain_info
            digital_ocean_droplet=community.digitalocean.digital_ocean_droplet
            digital_ocean_firewall_facts=community.digitalocean.digital_ocean_firewall_facts
            digital_ocean_firewall_info=community.digitalocean.digital_ocean_firewall_info
            digital_ocean_floating_ip=community.digitalocean.digital_ocean_floating_ip
            digital_ocean_floating_ip_facts=community.digitalocean.digital_ocean_floating_ip_facts
            digital_ocean_floating_ip_info=community.digitalocean.digital_ocean_floating_ip_info
            digital_ocean_image_facts=community.digitalocean.digital_ocean_image_facts
            digital_ocean_image_info=community.digitalocean.digital_ocean_image_info
            digital_ocean_load_balancer_facts=community.digitalocean.digital_ocean_load_balancer_facts
            digital_ocean_load_balancer_info=community.digitalocean.digital_ocean_load_balancer_info
            digital_ocean_region_facts=community.digitalocean.digital_ocean_region_facts
            digital_ocean_region_info=community.digitalocean.digital_ocean_region_info
            digital_ocean_size_facts=community.digitalocean.digital_ocean_size_facts
            digital_ocean_size_info=community.digitalocean.digital_ocean_size_info
            digital_ocean_snapshot_facts=community.digitalocean.digital_ocean_snapshot_facts
            digital_ocean_snapshot_info=community.digitalocean.digital_ocean_snapshot_info
            digital_ocean_sshkey=community.digitalocean.digital_ocean_sshkey
            digital_ocean_sshkey_facts=community.digitalocean.digital_ocean_sshkey_facts
            digital_ocean_sshkey_info=community.digitalocean.digital_ocean_sshkey_info
            digital_ocean_tag=community.digitalocean.digital_ocean_tag
            digital_ocean_tag_facts=community.digitalocean.digital_ocean_tag_facts
            digital_ocean_tag_info=community.digitalocean.digital_ocean_tag_info
            digital_ocean_volume_facts=community.digitalocean.digital_ocean_volume_facts
            digital_ocean_volume_info=community.digitalocean.digital_ocean_volume_info
            dimensiondata_network=community.general.dimensiondata_network
            dimensiondata_vlan=community.general.dimensiondata_vlan django_manage=community.general.django_manage
            dladm_etherstub=community.network.dladm_etherstub dladm_iptun=community.network.dladm_iptun
            dladm_linkprop=community.network.dladm_linkprop dladm_vlan=community.network.dladm_vlan
            dladm_vnic=community.network.dladm_vnic dms_endpoint=community.aws.dms_endpoint
            dms_replication_subnet_group=community.aws.dms_replication_subnet_group dnsimple=community.general.dnsimple
            dnsmadeeasy=community.general.dnsmadeeasy docker_compose=community.docker.docker_compose
            docker_config=community.docker.docker_config docker_container=community.docker.docker_container
            docker_container_info=community.docker.docker_container_info
            docker_host_info=community.docker.docker_host_info docker_image=community.docker.docker_image
            docker_image_facts=community.general.docker_image_facts docker_image_info=community.docker.docker_image_info
            docker_login=community.docker.docker_login docker_network=community.docker.docker_network
            docker_network_info=community.docker.docker_network_info docker_node=community.docker.docker_node
            docker_node_info=community.docker.docker_node_info docker_prune=community.docker.docker_prune
            docker_secret=community.docker.docker_secret docker_service=community.general.docker_service
            docker_stack=community.docker.docker_stack docker_swarm=community.docker.docker_swarm
            docker_swarm_info=community.docker.docker_swarm_info
            docker_swarm_service=community.docker.docker_swarm_service
            docker_swarm_service_info=community.docker.docker_swarm_service_info
            docker_volume=community.docker.docker_volume docker_volume_info=community.docker.docker_volume_info
            dynamodb_table=community.aws.dynamodb_table dynamodb_ttl=community.aws.dynamodb_ttl
            easy_install=community.general.easy_install ec2=amazon.aws.ec2 ec2_ami=amazon.aws.ec2_ami
            ec2_ami_copy=community.aws.ec2_ami_copy ec2_ami_facts=amazon.aws.ec2_ami_facts
            ec2_ami_info=amazon.aws.ec2_ami_info ec2_asg=amazon.aws.autoscaling_group
            ec2_asg_facts=community.aws.ec2_asg_facts ec2_asg_info=amazon.aws.autoscaling_group_info
            ec2_asg_lifecycle_hook=community.aws.autoscaling_lifecycle_hook
            ec2_customer_gateway=community.aws.ec2_customer_gateway
            ec2_customer_gateway_facts=community.aws.ec2_customer_gateway_facts
            ec2_customer_gateway_info=community.aws.ec2_customer_gateway_info ec2_eip=amazon.aws.ec2_eip
            ec2_eip_facts=community.aws.ec2_eip_facts ec2_eip_info=amazon.aws.ec2_eip_info
            ec2_elb=community.aws.elb_instance ec2_elb_facts=community.aws.ec2_elb_facts
            ec2_elb_info=community.aws.ec2_elb_info ec2_elb_lb=amazon.aws.elb_classic_lb ec2_eni=amazon.aws.ec2_eni
            ec2_eni_facts=amazon.aws.ec2_eni_facts ec2_eni_info=amazon.aws.ec2_eni_info
            ec2_group=amazon.aws.ec2_security_group ec2_group_facts=amazon.aws.ec2_group_facts
            ec2_group_info=amazon.aws.ec2_security_group_info ec2_instance=amazon.aws.ec2_instance
            ec2_instance_facts=community.aws.ec2_instance_facts ec2_instance_info=amazon.aws.ec2_instance_info
            ec2_key=amazon.aws.ec2_key ec2_launch_template=amazon.aws.ec2_launch_template
            ec2_lc=community.aws.autoscaling_launch_config ec2_lc_facts=community.aws.ec2_lc_facts
            ec2_lc_find=community.aws.autoscaling_launch_config_find
            ec2_lc_info=community.aws.autoscaling_launch_config_info ec2_metadata_facts=amazon.aws.ec2_metadata_facts
            ec2_metric_alarm=amazon.aws.cloudwatch_metric_alarm ec2_placement_group=amazon.aws.ec2_placement_group
            ec2_placement_group_facts=community.aws.ec2_placement_group_facts
            ec2_placement_group_info=amazon.aws.ec2_placement_group_info
            ec2_scaling_policy=community.aws.autoscaling_policy ec2_snapshot=amazon.aws.ec2_snapshot
            ec2_snapshot_copy=community.aws.ec2_snapshot_copy ec2_snapshot_facts=amazon.aws.ec2_snapshot_facts
            ec2_snapshot_info=amazon.aws.ec2_snapshot_info ec2_tag=amazon.aws.ec2_tag ec2_tag_info=amazon.aws.ec2_tag_info
            ec2_transit_gateway=amazon.aws.ec2_transit_gateway
            ec2_transit_gateway_info=amazon.aws.ec2_transit_gateway_info ec2_vol=amazon.aws.ec2_vol
            ec2_vol_facts=amazon.aws.ec2_vol_facts ec2_vol_info=amazon.aws.ec2_vol_info
            ec2_vpc_dhcp_option=amazon.aws.ec2_vpc_dhcp_option
            ec2_vpc_dhcp_option_facts=amazon.aws.ec2_vpc_dhcp_option_facts
            ec2_vpc_dhcp_option_info=amazon.aws.ec2_vpc_dhcp_option_info ec2_vpc_egress_igw=amazon.aws.ec2_vpc_egress_igw
            ec2_vpc_endpoint=amazon.aws.ec2_vpc_endpoint ec2_vpc_endpoint_facts=community.aws.ec2_vpc_endpoint_facts
            ec2_vpc_endpoint_info=amazon.aws.ec2_vpc_endpoint_info ec2_vpc_igw=amazon.aws.ec2_vpc_igw
            ec2_vpc_igw_facts=community.aws.ec2_vpc_igw_facts ec2_vpc_igw_info=amazon.aws.ec2_vpc_igw_info
            ec2_vpc_nacl=amazon.aws.ec2_vpc_nacl ec2_vpc_nacl_facts=community.aws.ec2_vpc_nacl_facts
            ec2_vpc_nacl_info=amazon.aws.ec2_vpc_nacl_info ec2_vpc_nat_gateway=amazon.aws.ec2_vpc_nat_gateway
            ec2_vpc_nat_gateway_facts=community.aws.ec2_vpc_nat_gateway_facts
            ec2_vpc_nat_gateway_info=amazon.aws.ec2_vpc_nat_gateway_info ec2_vpc_net=amazon.aws.ec2_vpc_net
            ec2_vpc_net_facts=amazon.aws.ec2_vpc_net_facts ec2_vpc_net_info=amazon.aws.ec2_vpc_net_info
            ec2_vpc_peer=amazon.aws.ec2_vpc_peering ec2_vpc_peering_facts=community.aws.ec2_vpc_peering_facts
            ec2_vpc_peering_info=amazon.aws.ec2_vpc_peering_info ec2_vpc_route_table=amazon.aws.ec2_vpc_route_table
            ec2_vpc_route_table_facts=community.aws.ec2_vpc_route_table_facts
            ec2_vpc_route_table_info=amazon.aws.ec2_vpc_route_table_info ec2_vpc_subnet=amazon.aws.ec2_vpc_subnet
            ec2_vpc_subnet_facts=amazon.aws.ec2_vpc_subnet_facts ec2_vpc_subnet_info=amazon.aws.ec2_vpc_subnet_info
            ec2_vpc_vgw=amazon.aws.ec2_vpc_vgw ec2_vpc_vgw_facts=community.aws.ec2_vpc_vgw_facts
            ec2_vpc_vgw_info=amazon.aws.ec2_vpc_vgw_info ec2_vpc_vpn=amazon.aws.ec2_vpc_vpn
            ec2_vpc_vpn_facts=community.aws.ec2_vpc_vpn_facts ec2_vpc_vpn_info=amazon.aws.ec2_vpc_vpn_info
            ec2_win_password=community.aws.ec2_win_password ecs_attribute=community.aws.ecs_attribute
            ecs_certificate=community.crypto.ecs_certificate ecs_cluster=community.aws.ecs_cluster
            ecs_domain=community.crypto.ecs_domain ecs_ecr=community.aws.ecs_ecr ecs_service=community.aws.ecs_service
            ecs_service_facts=community.aws.ecs_service_facts ecs_service_info=community.aws.ecs_service_info
            ecs_tag=community.aws.ecs_tag ecs_task=community.aws.ecs_task
            ecs_taskdefinition=community.aws.ecs_taskdefinition
            ecs_taskdefinition_facts=community.aws.ecs_taskdefinition_facts
            ecs_taskdefinition_info=community.aws.ecs_taskdefinition_info edgeos_command=community.network.edgeos_command
            edgeos_config=community.network.edgeos_config edgeos_facts=community.network.edgeos_facts
            edgeswitch_facts=community.network.edgeswitch_facts edgeswitch_vlan=community.network.edgeswitch_vlan
            efs=community.aws.efs efs_facts=community.aws.efs_facts efs_info=community.aws.efs_info
            ejabberd_user=community.general.ejabberd_user elasticache=community.aws.elasticache
            elasticache_facts=community.aws.elasticache_facts elasticache_info=community.aws.elasticache_info
            elasticache_parameter_group=community.aws.elasticache_parameter_group
            elasticache_snapshot=community.aws.elasticache_snapshot
            elasticache_subnet_group=community.aws.elasticache_subnet_group
            elasticsearch_plugin=community.general.elasticsearch_plugin elb_application_lb=amazon.aws.elb_application_lb
            elb_application_lb_facts=community.aws.elb_application_lb_facts
            elb_application_lb_info=amazon.aws.elb_application_lb_info elb_classic_lb=amazon.aws.elb_classic_lb
            elb_classic_lb_facts=community.aws.elb_classic_lb_facts elb_classic_lb_info=amazon.aws.elb_classic_lb_info
            elb_instance=community.aws.elb_instance elb_network_lb=community.aws.elb_network_lb
            elb_target=community.aws.elb_target elb_target_facts=community.aws.elb_target_facts
            elb_target_group=community.aws.elb_target_group elb_target_group_facts=community.aws.elb_target_group_facts
            elb_target_group_info=community.aws.elb_target_group_info elb_target_info=community.aws.elb_target_info
            emc_vnx_sg_member=community.general.emc_vnx_sg_member enos_command=community.network.enos_command
            enos_config=community.network.enos_config enos_facts=community.network.enos_facts
            eos_acl_interfaces=arista.eos.eos_acl_interfaces eos_acls=arista.eos.eos_acls eos_banner=arista.eos.eos_banner
            eos_bgp=arista.eos.eos_bgp eos_command=arista.eos.eos_command eos_config=arista.eos.eos_config
            eos_eapi=arista.eos.eos_eapi eos_facts=arista.eos.eos_facts eos_interface=arista.eos.eos_interface
            eos_interfaces=arista.eos.eos_interfaces eos_l2_interface=arista.eos.eos_l2_interface
            eos_l2_interfaces=arista.eos.eos_l2_interfaces eos_l3_interface=arista.eos.eos_l3_interface
            eos_l3_interfaces=arista.eos.eos_l3_interfaces eos_lacp=arista.eos.eos_lacp
            eos_lacp_interfaces=arista.eos.eos_lacp_interfaces eos_lag_interfaces=arista.eos.eos_lag_interfaces
            eos_linkagg=arista.eos.eos_linkagg eos_lldp=arista.eos.eos_lldp eos_lldp_global=arista.eos.eos_lldp_global
            eos_lldp_interfaces=arista.eos.eos_lldp_interfaces eos_logging=arista.eos.eos_logging
            eos_ospfv2=arista.eos.eos_ospfv2 eos_static_route=arista.eos.eos_static_route
            eos_static_routes=arista.eos.eos_static_routes eos_system=arista.eos.eos_system eos_user=arista.eos.eos_user
            eos_vlan=arista.eos.eos_vlan eos_vlans=arista.eos.eos_vlans eos_vrf=arista.eos.eos_vrf
            eric_eccli_command=community.network.eric_eccli_command etcd3=community.general.etcd3
            execute_lambda=amazon.aws.lambda_execute exo_dns_domain=ngine_io.exoscale.exo_dns_domain
            exo_dns_record=ngine_io.exoscale.exo_dns_record exos_command=community.network.exos_command
            exos_config=community.network.exos_config exos_facts=community.network.exos_facts
            exos_l2_interfaces=community.network.exos_l2_interfaces exos_lldp_global=community.network.exos_lldp_global
            exos_lldp_interfaces=community.network.exos_lldp_interfaces exos_vlans=community.network.exos_vlans
            facter=community.general.facter faz_device=community.fortios.faz_device
            filesystem=community.general.filesystem firewalld=ansible.posix.firewalld flatpak=community.general.flatpak
            flatpak_remote=community.general.flatpak_remote flowadm=community.network.flowadm
            flowdock=community.general.flowdock fmgr_device=community.fortios.fmgr_device
            fmgr_device_config=community.fortios.fmgr_device_config fmgr_device_group=community.fortios.fmgr_device_group
            fmgr_device_provision_template=community.fortios.fmgr_device_provision_template
            fmgr_fwobj_address=community.fortios.fmgr_fwobj_address fmgr_fwobj_ippool=community.fortios.fmgr_fwobj_ippool
            fmgr_fwobj_ippool6=community.fortios.fmgr_fwobj_ippool6
            fmgr_fwobj_service=community.fortios.fmgr_fwobj_service fmgr_fwobj_vip=community.fortios.fmgr_fwobj_vip
            fmgr_fwpol_ipv4=community.fortios.fmgr_fwpol_ipv4 fmgr_fwpol_package=community.fortios.fmgr_fwpol_package
            fmgr_ha=community.fortios.fmgr_ha fmgr_provisioning=community.fortios.fmgr_provisioning
            fmgr_query=community.fortios.fmgr_query fmgr_script=community.fortios.fmgr_script
            fmgr_secprof_appctrl=community.fortios.fmgr_secprof_appctrl fmgr_secprof_av=community.fortios.fmgr_secprof_av
            fmgr_secprof_dns=community.fortios.fmgr_secprof_dns fmgr_secprof_ips=community.fortios.fmgr_secprof_ips
            fmgr_secprof_profile_group=community.fortios.fmgr_secprof_profile_group
            fmgr_secprof_proxy=community.fortios.fmgr_secprof_proxy fmgr_secprof_spam=community.fortios.fmgr_secprof_spam
            fmgr_secprof_ssl_ssh=community.fortios.fmgr_secprof_ssl_ssh
            fmgr_secprof_voip=community.fortios.fmgr_secprof_voip fmgr_secprof_waf=community.fortios.fmgr_secprof_waf
            fmgr_secprof_wanopt=community.fortios.fmgr_secprof_wanopt fmgr_secprof_web=community.fortios.fmgr_secprof_web
            foreman=community.general.foreman fortios_address=fortinet.fortios.fortios_address
            fortios_alertemail_setting=fortinet.fortios.fortios_alertemail_setting
            fortios_antivirus_heuristic=fortinet.fortios.fortios_antivirus_heuristic
            fortios_antivirus_profile=fortinet.fortios.fortios_antivirus_profile
            fortios_antivirus_quarantine=fortinet.fortios.fortios_antivirus_quarantine
            fortios_antivirus_settings=fortinet.fortios.fortios_antivirus_settings
            fortios_application_custom=fortinet.fortios.fortios_application_custom
            fortios_application_group=fortinet.fortios.fortios_application_group
            fortios_application_list=fortinet.fortios.fortios_application_list
            fortios_application_name=fortinet.fortios.fortios_application_name
            fortios_application_rule_settings=fortinet.fortios.fortios_application_rule_settings
            fortios_authentication_rule=fortinet.fortios.fortios_authentication_rule
            fortios_authentication_scheme=fortinet.fortios.fortios_authentication_scheme
            fortios_authentication_setting=fortinet.fortios.fortios_authentication_setting
            fortios_config=fortinet.fortios.fortios_config
            fortios_dlp_filepattern=fortinet.fortios.fortios_dlp_filepattern
            fortios_dlp_fp_doc_source=fortinet.fortios.fortios_dlp_fp_doc_source
            fortios_dlp_fp_sensitivity=fortinet.fortios.fortios_dlp_fp_sensitivity
            fortios_dlp_sensor=fortinet.fortios.fortios_dlp_sensor
            fortios_dlp_settings=fortinet.fortios.fortios_dlp_settings
            fortios_dnsfilter_domain_filter=fortinet.fortios.fortios_dnsfilter_domain_filter
            fortios_dnsfilter_profile=fortinet.fortios.fortios_dnsfilter_profile
            fortios_endpoint_control_client=fortinet.fortios.fortios_endpoint_control_client
            fortios_endpoint_control_forticlient_ems=fortinet.fortios.fortios_endpoint_control_forticlient_ems
            fortios_endpoint_control_forticlient_registration_sync=fortinet.fortios.fortios_endpoint_control_forticlient_registration_sync
            fortios_endpoint_control_profile=fortinet.fortios.fortios_endpoint_control_profile
            fortios_endpoint_control_settings=fortinet.fortios.fortios_endpoint_control_settings
            fortios_extender_controller_extender=fortinet.fortios.fortios_extender_controller_extender
            fortios_facts=fortinet.fortios.fortios_facts
            fortios_firewall_DoS_policy=fortinet.fortios.fortios_firewall_DoS_policy
            fortios_firewall_DoS_policy6=fortinet.fortios.fortios_firewall_DoS_policy6
            fortios_firewall_address=fortinet.fortios.fortios_firewall_address
            fortios_firewall_address6=fortinet.fortios.fortios_firewall_address6
            fortios_firewall_address6_template=fortinet.fortios.fortios_firewall_address6_template
            fortios_firewall_addrgrp=fortinet.fortios.fortios_firewall_addrgrp
            fortios_firewall_addrgrp6=fortinet.fortios.fortios_firewall_addrgrp6
            fortios_firewall_auth_portal=fortinet.fortios.fortios_firewall_auth_portal
            fortios_firewall_central_snat_map=fortinet.fortios.fortios_firewall_central_snat_map
            fortios_firewall_dnstranslation=fortinet.fortios.fortios_firewall_dnstranslation
            fortios_firewall_identity_based_route=fortinet.fortios.fortios_firewall_identity_based_route
            fortios_firewall_interface_policy=fortinet.fortios.fortios_firewall_interface_policy
            fortios_firewall_interface_policy6=fortinet.fortios.fortios_firewall_interface_policy6
            fortios_firewall_internet_service=fortinet.fortios.fortios_firewall_internet_service
            fortios_firewall_internet_service_custom=fortinet.fortios.fortios_firewall_internet_service_custom
            fortios_firewall_internet_service_group=fortinet.fortios.fortios_firewall_internet_service_group
            fortios_firewall_ip_translation=fortinet.fortios.fortios_firewall_ip_translation
            fortios_firewall_ipmacbinding_setting=fortinet.fortios.fortios_firewall_ipmacbinding_setting
            fortios_firewall_ipmacbinding_table=fortinet.fortios.fortios_firewall_ipmacbinding_table
            fortios_firewall_ippool=fortinet.fortios.fortios_firewall_ippool
            fortios_firewall_ippool6=fortinet.fortios.fortios_firewall_ippool6
            fortios_firewall_ipv6_eh_filter=fortinet.fortios.fortios_firewall_ipv6_eh_filter
            fortios_firewall_ldb_monitor=fortinet.fortios.fortios_firewall_ldb_monitor
            fortios_firewall_local_in_policy=fortinet.fortios.fortios_firewall_local_in_policy
            fortios_firewall_local_in_policy6=fortinet.fortios.fortios_firewall_local_in_policy6
            fortios_firewall_multicast_address=fortinet.fortios.fortios_firewall_multicast_address
            fortios_firewall_multicast_address6=fortinet.fortios.fortios_firewall_multicast_address6
            fortios_firewall_multicast_policy=fortinet.fortios.fortios_firewall_multicast_policy
            fortios_firewall_multicast_policy6=fortinet.fortios.fortios_firewall_multicast_policy6
            fortios_firewall_policy=fortinet.fortios.fortios_firewall_policy
            fortios_firewall_policy46=fortinet.fortios.fortios_firewall_policy46
            fortios_firewall_policy6=fortinet.fortios.fortios_firewall_policy6
            fortios_firewall_policy64=fortinet.fortios.fortios_firewall_policy64
            fortios_firewall_profile_group=fortinet.fortios.fortios_firewall_profile_group
            fortios_firewall_profile_protocol_options=fortinet.fortios.fortios_firewall_profile_protocol_options
            fortios_firewall_proxy_address=fortinet.fortios.fortios_firewall_proxy_address
            fortios_firewall_proxy_addrgrp=fortinet.fortios.fortios_firewall_proxy_addrgrp
            fortios_firewall_proxy_policy=fortinet.fortios.fortios_firewall_proxy_policy
            fortios_firewall_schedule_group=fortinet.fortios.fortios_firewall_schedule_group
            fortios_firewall_schedule_onetime=fortinet.fortios.fortios_firewall_schedule_onetime
            fortios_firewall_schedule_recurring=fortinet.fortios.fortios_firewall_schedule_recurring
            fortios_firewall_service_category=fortinet.fortios.fortios_firewall_service_category
            fortios_firewall_service_custom=fortinet.fortios.fortios_firewall_service_custom
            fortios_firewall_service_group=fortinet.fortios.fortios_firewall_service_group
            fortios_firewall_shaper_per_ip_shaper=fortinet.fortios.fortios_firewall_shaper_per_ip_shaper
            fortios_firewall_shaper_traffic_shaper=fortinet.fortios.fortios_firewall_shaper_traffic_shaper
            fortios_firewall_shaping_policy=fortinet.fortios.fortios_firewall_shaping_policy
            fortios_firewall_shaping_profile=fortinet.fortios.fortios_firewall_shaping_profile
            fortios_firewall_sniffer=fortinet.fortios.fortios_firewall_sniffer
            fortios_firewall_ssh_host_key=fortinet.fortios.fortios_firewall_ssh_host_key
            fortios_firewall_ssh_local_ca=fortinet.fortios.fortios_firewall_ssh_local_ca
            fortios_firewall_ssh_local_key=fortinet.fortios.fortios_firewall_ssh_local_key
            fortios_firewall_ssh_setting=fortinet.fortios.fortios_firewall_ssh_setting
            fortios_firewall_ssl_server=fortinet.fortios.fortios_firewall_ssl_server
            fortios_firewall_ssl_setting=fortinet.fortios.fortios_firewall_ssl_setting
            fortios_firewall_ssl_ssh_profile=fortinet.fortios.fortios_firewall_ssl_ssh_profile
            fortios_firewall_ttl_policy=fortinet.fortios.fortios_firewall_ttl_policy
            fortios_firewall_vip=fortinet.fortios.fortios_firewall_vip
            fortios_firewall_vip46=fortinet.fortios.fortios_firewall_vip46
            fortios_firewall_vip6=fortinet.fortios.fortios_firewall_vip6
            fortios_firewall_vip64=fortinet.fortios.fortios_firewall_vip64
            fortios_firewall_vipgrp=fortinet.fortios.fortios_firewall_vipgrp
            fortios_firewall_vipgrp46=fortinet.fortios.fortios_firewall_vipgrp46
            fortios_firewall_vipgrp6=fortinet.fortios.fortios_firewall_vipgrp6
            fortios_firewall_vipgrp64=fortinet.fortios.fortios_firewall_vipgrp64
            fortios_firewall_wildcard_fqdn_custom=fortinet.fortios.fortios_firewall_wildcard_fqdn_custom
            fortios_firewall_wildcard_fqdn_group=fortinet.fortios.fortios_firewall_wildcard_fqdn_group
            fortios_ftp_proxy_explicit=fortinet.fortios.fortios_ftp_proxy_explicit
            fortios_icap_profile=fortinet.fortios.fortios_icap_profile
            fortios_icap_server=fortinet.fortios.fortios_icap_server
            fortios_ips_custom=fortinet.fortios.fortios_ips_custom
            fortios_ips_decoder=fortinet.fortios.fortios_ips_decoder
            fortios_ips_global=fortinet.fortios.fortios_ips_global fortios_ips_rule=fortinet.fortios.fortios_ips_rule
            fortios_ips_rule_settings=fortinet.fortios.fortios_ips_rule_settings
            fortios_ips_sensor=fortinet.fortios.fortios_ips_sensor
            fortios_ips_settings=fortinet.fortios.fortios_ips_settings
            fortios_ipv4_policy=fortinet.fortios.fortios_ipv4_policy
            fortios_log_custom_field=fortinet.fortios.fortios_log_custom_field
            fortios_log_disk_filter=fortinet.fortios.fortios_log_disk_filter
            fortios_log_disk_setting=fortinet.fortios.fortios_log_disk_setting
            fortios_log_eventfilter=fortinet.fortios.fortios_log_eventfilter
            fortios_log_fortianalyzer2_filter=fortinet.fortios.fortios_log_fortianalyzer2_filter
            fortios_log_fortianalyzer2_setting=fortinet.fortios.fortios_log_fortianalyzer2_setting
            fortios_log_fortianalyzer3_filter=fortinet.fortios.fortios_log_fortianalyzer3_filter
            fortios_log_fortianalyzer3_setting=fortinet.fortios.fortios_log_fortianalyzer3_setting
            fortios_log_fortianalyzer_filter=fortinet.fortios.fortios_log_fortianalyzer_filter
            fortios_log_fortianalyzer_override_filter=fortinet.fortios.fortios_log_fortianalyzer_override_filter
            fortios_log_fortianalyzer_override_setting=fortinet.fortios.fortios_log_fortianalyzer_override_setting
            fortios_log_fortianalyzer_setting=fortinet.fortios.fortios_log_fortianalyzer_setting
            fortios_log_fortiguard_filter=fortinet.fortios.fortios_log_fortiguard_filter
            fortios_log_fortiguard_override_filter=fortinet.fortios.fortios_log_fortiguard_override_filter
            fortios_log_fortiguard_override_setting=fortinet.fortios.fortios_log_fortiguard_override_setting
            fortios_log_fortiguard_setting=fortinet.fortios.fortios_log_fortiguard_setting
            fortios_log_gui_display=fortinet.fortios.fortios_log_gui_display
            fortios_log_memory_filter=fortinet.fortios.fortios_log_memory_filter
            fortios_log_memory_global_setting=fortinet.fortios.fortios_log_memory_global_setting
            fortios_log_memory_setting=fortinet.fortios.fortios_log_memory_setting
            fortios_log_null_device_filter=fortinet.fortios.fortios_log_null_device_filter
            fortios_log_null_device_setting=fortinet.fortios.fortios_log_null_device_setting
            fortios_log_setting=fortinet.fortios.fortios_log_setting
            fortios_log_syslogd2_filter=fortinet.fortios.fortios_log_syslogd2_filter
            fortios_log_syslogd2_setting=fortinet.fortios.fortios_log_syslogd2_setting
            fortios_log_syslogd3_filter=fortinet.fortios.fortios_log_syslogd3_filter
            fortios_log_syslogd3_setting=fortinet.fortios.fortios_log_syslogd3_setting
            fortios_log_syslogd4_filter=fortinet.fortios.fortios_log_syslogd4_filter
            fortios_log_syslogd4_setting=fortinet.fortios.fortios_log_syslogd4_setting
            fortios_log_syslogd_filter=fortinet.fortios.fortios_log_syslogd_filter
            fortios_log_syslogd_override_filter=fortinet.fortios.fortios_log_syslogd_override_filter
            fortios_log_syslogd_override_setting=fortinet.fortios.fortios_log_syslogd_override_setting
            fortios_log_syslogd_setting=fortinet.fortios.fortios_log_syslogd_setting
            fortios_log_threat_weight=fortinet.fortios.fortios_log_threat_weight
            fortios_log_webtrends_filter=fortinet.fortios.fortios_log_webtrends_filter
            fortios_log_webtrends_setting=fortinet.fortios.fortios_log_webtrends_setting
            fortios_report_chart=fortinet.fortios.fortios_report_chart
            fortios_report_dataset=fortinet.fortios.fortios_report_dataset
            fortios_report_layout=fortinet.fortios.fortios_report_layout
            fortios_report_setting=fortinet.fortios.fortios_report_setting
            fortios_report_style=fortinet.fortios.fortios_report_style
            fortios_report_theme=fortinet.fortios.fortios_report_theme
            fortios_router_access_list=fortinet.fortios.fortios_router_access_list
            fortios_router_access_list6=fortinet.fortios.fortios_router_access_list6
            fortios_router_aspath_list=fortinet.fortios.fortios_router_aspath_list
            fortios_router_auth_path=fortinet.fortios.fortios_router_auth_path
            fortios_router_bfd=fortinet.fortios.fortios_router_bfd
            fortios_router_bfd6=fortinet.fortios.fortios_router_bfd6
            fortios_router_bgp=fortinet.fortios.fortios_router_bgp
            fortios_router_community_list=fortinet.fortios.fortios_router_community_list
            fortios_router_isis=fortinet.fortios.fortios_router_isis
            fortios_router_key_chain=fortinet.fortios.fortios_router_key_chain
            fortios_router_multicast=fortinet.fortios.fortios_router_multicast
            fortios_router_multicast6=fortinet.fortios.fortios_router_multicast6
            fortios_router_multicast_flow=fortinet.fortios.fortios_router_multicast_flow
            fortios_router_ospf=fortinet.fortios.fortios_router_ospf
            fortios_router_ospf6=fortinet.fortios.fortios_router_ospf6
            fortios_router_policy=fortinet.fortios.fortios_router_policy
            fortios_router_policy6=fortinet.fortios.fortios_router_policy6
            fortios_router_prefix_list=fortinet.fortios.fortios_router_prefix_list
            fortios_router_prefix_list6=fortinet.fortios.fortios_router_prefix_list6
            fortios_router_rip=fortinet.fortios.fortios_router_rip
            fortios_router_ripng=fortinet.fortios.fortios_router_ripng
            fortios_router_route_map=fortinet.fortios.fortios_router_route_map
            fortios_router_setting=fortinet.fortios.fortios_router_setting
            fortios_router_static=fortinet.fortios.fortios_router_static
            fortios_router_static6=fortinet.fortios.fortios_router_static6
            fortios_spamfilter_bwl=fortinet.fortios.fortios_spamfilter_bwl
            fortios_spamfilter_bword=fortinet.fortios.fortios_spamfilter_bword
            fortios_spamfilter_dnsbl=fortinet.fortios.fortios_spamfilter_dnsbl
            fortios_spamfilter_fortishield=fortinet.fortios.fortios_spamfilter_fortishield
            fortios_spamfilter_iptrust=fortinet.fortios.fortios_spamfilter_iptrust
            fortios_spamfilter_mheader=fortinet.fortios.fortios_spamfilter_mheader
            fortios_spamfilter_options=fortinet.fortios.fortios_spamfilter_options
            fortios_spamfilter_profile=fortinet.fortios.fortios_spamfilter_profile
            fortios_ssh_filter_profile=fortinet.fortios.fortios_ssh_filter_profile
            fortios_switch_controller_802_1X_settings=fortinet.fortios.fortios_switch_controller_802_1X_settings
            fortios_switch_controller_custom_command=fortinet.fortios.fortios_switch_controller_custom_command
            fortios_switch_controller_global=fortinet.fortios.fortios_switch_controller_global
            fortios_switch_controller_igmp_snooping=fortinet.fortios.fortios_switch_controller_igmp_snooping
            fortios_switch_controller_lldp_profile=fortinet.fortios.fortios_switch_controller_lldp_profile
            fortios_switch_controller_lldp_settings=fortinet.fortios.fortios_switch_controller_lldp_settings
            fortios_switch_controller_mac_sync_settings=fortinet.fortios.fortios_switch_controller_mac_sync_settings
            fortios_switch_controller_managed_switch=fortinet.fortios.fortios_switch_controller_managed_switch
            fortios_switch_controller_network_monitor_settings=fortinet.fortios.fortios_switch_controller_network_monitor_settings
            fortios_switch_controller_qos_dot1p_map=fortinet.fortios.fortios_switch_controller_qos_dot1p_map
            fortios_switch_controller_qos_ip_dscp_map=fortinet.fortios.fortios_switch_controller_qos_ip_dscp_map
            fortios_switch_controller_qos_qos_policy=fortinet.fortios.fortios_switch_controller_qos_qos_policy
            fortios_switch_controller_qos_queue_policy=fortinet.fortios.fortios_switch_controller_qos_queue_policy
            fortios_switch_controller_quarantine=fortinet.fortios.fortios_switch_controller_quarantine
            fortios_switch_controller_security_policy_802_1X=fortinet.fortios.fortios_switch_controller_security_policy_802_1X
            fortios_switch_controller_security_policy_captive_portal=fortinet.fortios.fortios_switch_controller_security_policy_captive_portal
            fortios_switch_controller_sflow=fortinet.fortios.fortios_switch_controller_sflow
            fortios_switch_controller_storm_control=fortinet.fortios.fortios_switch_controller_storm_control
            fortios_switch_controller_stp_settings=fortinet.fortios.fortios_switch_controller_stp_settings
            fortios_switch_controller_switch_group=fortinet.fortios.fortios_switch_controller_switch_group
            fortios_switch_controller_switch_interface_tag=fortinet.fortios.fortios_switch_controller_switch_interface_tag
            fortios_switch_controller_switch_log=fortinet.fortios.fortios_switch_controller_switch_log
            fortios_switch_controller_switch_profile=fortinet.fortios.fortios_switch_controller_switch_profile
            fortios_switch_controller_system=fortinet.fortios.fortios_switch_controller_system
            fortios_switch_controller_virtual_port_pool=fortinet.fortios.fortios_switch_controller_virtual_port_pool
            fortios_switch_controller_vlan=fortinet.fortios.fortios_switch_controller_vlan
            fortios_system_accprofile=fortinet.fortios.fortios_system_accprofile
            fortios_system_admin=fortinet.fortios.fortios_system_admin
            fortios_system_affinity_interrupt=fortinet.fortios.fortios_system_affinity_interrupt
            fortios_system_affinity_packet_redistribution=fortinet.fortios.fortios_system_affinity_packet_redistribution
            fortios_system_alarm=fortinet.fortios.fortios_system_alarm
            fortios_system_alias=fortinet.fortios.fortios_system_alias
            fortios_system_api_user=fortinet.fortios.fortios_system_api_user
            fortios_system_arp_table=fortinet.fortios.fortios_system_arp_table
            fortios_system_auto_install=fortinet.fortios.fortios_system_auto_install
            fortios_system_auto_script=fortinet.fortios.fortios_system_auto_script
            fortios_system_automation_action=fortinet.fortios.fortios_system_automation_action
            fortios_system_automation_destination=fortinet.fortios.fortios_system_automation_destination
            fortios_system_automation_stitch=fortinet.fortios.fortios_system_automation_stitch
            fortios_system_automation_trigger=fortinet.fortios.fortios_system_automation_trigger
            fortios_system_autoupdate_push_update=fortinet.fortios.fortios_system_autoupdate_push_update
            fortios_system_autoupdate_schedule=fortinet.fortios.fortios_system_autoupdate_schedule
            fortios_system_autoupdate_tunneling=fortinet.fortios.fortios_system_autoupdate_tunneling
            fortios_system_central_management=fortinet.fortios.fortios_system_central_management
            fortios_system_cluster_sync=fortinet.fortios.fortios_system_cluster_sync
            fortios_system_console=fortinet.fortios.fortios_system_console
            fortios_system_csf=fortinet.fortios.fortios_system_csf
            fortios_system_custom_language=fortinet.fortios.fortios_system_custom_language
            fortios_system_ddns=fortinet.fortios.fortios_system_ddns
            fortios_system_dedicated_mgmt=fortinet.fortios.fortios_system_dedicated_mgmt
            fortios_system_dhcp6_server=fortinet.fortios.fortios_system_dhcp6_server
            fortios_system_dhcp_server=fortinet.fortios.fortios_system_dhcp_server
            fortios_system_dns=fortinet.fortios.fortios_system_dns
            fortios_system_dns_database=fortinet.fortios.fortios_system_dns_database
            fortios_system_dns_server=fortinet.fortios.fortios_system_dns_server
            fortios_system_dscp_based_priority=fortinet.fortios.fortios_system_dscp_based_priority
            fortios_system_email_server=fortinet.fortios.fortios_system_email_server
            fortios_system_external_resource=fortinet.fortios.fortios_system_external_resource
            fortios_system_fips_cc=fortinet.fortios.fortios_system_fips_cc
            fortios_system_firmware_upgrade=fortinet.fortios.fortios_system_firmware_upgrade
            fortios_system_fm=fortinet.fortios.fortios_system_fm
            fortios_system_fortiguard=fortinet.fortios.fortios_system_fortiguard
            fortios_system_fortimanager=fortinet.fortios.fortios_system_fortimanager
            fortios_system_fortisandbox=fortinet.fortios.fortios_system_fortisandbox
            fortios_system_fsso_polling=fortinet.fortios.fortios_system_fsso_polling
            fortios_system_ftm_push=fortinet.fortios.fortios_system_ftm_push
            fortios_system_geoip_override=fortinet.fortios.fortios_system_geoip_override
            fortios_system_global=fortinet.fortios.fortios_system_global
            fortios_system_gre_tunnel=fortinet.fortios.fortios_system_gre_tunnel
            fortios_system_ha=fortinet.fortios.fortios_system_ha
            fortios_system_ha_monitor=fortinet.fortios.fortios_system_ha_monitor
            fortios_system_interface=fortinet.fortios.fortios_system_interface
            fortios_system_ipip_tunnel=fortinet.fortios.fortios_system_ipip_tunnel
            fortios_system_ips_urlfilter_dns=fortinet.fortios.fortios_system_ips_urlfilter_dns
            fortios_system_ips_urlfilter_dns6=fortinet.fortios.fortios_system_ips_urlfilter_dns6
            fortios_system_ipv6_neighbor_cache=fortinet.fortios.fortios_system_ipv6_neighbor_cache
            fortios_system_ipv6_tunnel=fortinet.fortios.fortios_system_ipv6_tunnel
            fortios_system_link_monitor=fortinet.fortios.fortios_system_link_monitor
            fortios_system_mac_address_table=fortinet.fortios.fortios_system_mac_address_table
            fortios_system_management_tunnel=fortinet.fortios.fortios_system_management_tunnel
            fortios_system_mobile_tunnel=fortinet.fortios.fortios_system_mobile_tunnel
            fortios_system_nat64=fortinet.fortios.fortios_system_nat64
            fortios_system_nd_proxy=fortinet.fortios.fortios_system_nd_proxy
            fortios_system_netflow=fortinet.fortios.fortios_system_netflow
            fortios_system_network_visibility=fortinet.fortios.fortios_system_network_visibility
            fortios_system_ntp=fortinet.fortios.fortios_system_ntp
            fortios_system_object_tagging=fortinet.fortios.fortios_system_object_tagging
            fortios_system_password_policy=fortinet.fortios.fortios_system_password_policy
            fortios_system_password_policy_guest_admin=fortinet.fortios.fortios_system_password_policy_guest_admin
            fortios_system_pppoe_interface=fortinet.fortios.fortios_system_pppoe_interface
            fortios_system_probe_response=fortinet.fortios.fortios_system_probe_response
            fortios_system_proxy_arp=fortinet.fortios.fortios_system_proxy_arp
            fortios_system_replacemsg_admin=fortinet.fortios.fortios_system_replacemsg_admin
            fortios_system_replacemsg_alertmail=fortinet.fortios.fortios_system_replacemsg_alertmail
            fortios_system_replacemsg_auth=fortinet.fortios.fortios_system_replacemsg_auth
            fortios_system_replacemsg_device_detection_portal=fortinet.fortios.fortios_system_replacemsg_device_detection_portal
            fortios_system_replacemsg_ec=fortinet.fortios.fortios_system_replacemsg_ec
            fortios_system_replacemsg_fortiguard_wf=fortinet.fortios.fortios_system_replacemsg_fortiguard_wf
            fortios_system_replacemsg_ftp=fortinet.fortios.fortios_system_replacemsg_ftp
            fortios_system_replacemsg_group=fortinet.fortios.fortios_system_replacemsg_group
            fortios_system_replacemsg_http=fortinet.fortios.fortios_system_replacemsg_http
            fortios_system_replacemsg_icap=fortinet.fortios.fortios_system_replacemsg_icap
            fortios_system_replacemsg_image=fortinet.fortios.fortios_system_replacemsg_image
            fortios_system_replacemsg_mail=fortinet.fortios.fortios_system_replacemsg_mail
            fortios_system_replacemsg_nac_quar=fortinet.fortios.fortios_system_replacemsg_nac_quar
            fortios_system_replacemsg_nntp=fortinet.fortios.fortios_system_replacemsg_nntp
            fortios_system_replacemsg_spam=fortinet.fortios.fortios_system_replacemsg_spam
            fortios_system_replacemsg_sslvpn=fortinet.fortios.fortios_system_replacemsg_sslvpn
            fortios_system_replacemsg_traffic_quota=fortinet.fortios.fortios_system_replacemsg_traffic_quota
            fortios_system_replacemsg_utm=fortinet.fortios.fortios_system_replacemsg_utm
            fortios_system_replacemsg_webproxy=fortinet.fortios.fortios_system_replacemsg_webproxy
            fortios_system_resource_limits=fortinet.fortios.fortios_system_resource_limits
            fortios_system_sdn_connector=fortinet.fortios.fortios_system_sdn_connector
            fortios_system_session_helper=fortinet.fortios.fortios_system_session_helper
            fortios_system_session_ttl=fortinet.fortios.fortios_system_session_ttl
            fortios_system_settings=fortinet.fortios.fortios_system_settings
            fortios_system_sflow=fortinet.fortios.fortios_system_sflow
            fortios_system_sit_tunnel=fortinet.fortios.fortios_system_sit_tunnel
            fortios_system_sms_server=fortinet.fortios.fortios_system_sms_server
            fortios_system_snmp_community=fortinet.fortios.fortios_system_snmp_community
            fortios_system_snmp_sysinfo=fortinet.fortios.fortios_system_snmp_sysinfo
            fortios_system_snmp_user=fortinet.fortios.fortios_system_snmp_user
            fortios_system_storage=fortinet.fortios.fortios_system_storage
            fortios_system_switch_interface=fortinet.fortios.fortios_system_switch_interface
            fortios_system_tos_based_priority=fortinet.fortios.fortios_system_tos_based_priority
            fortios_system_vdom=fortinet.fortios.fortios_system_vdom
            fortios_system_vdom_dns=fortinet.fortios.fortios_system_vdom_dns
            fortios_system_vdom_exception=fortinet.fortios.fortios_system_vdom_exception
            fortios_system_vdom_link=fortinet.fortios.fortios_system_vdom_link
            fortios_system_vdom_netflow=fortinet.fortios.fortios_system_vdom_netflow
            fortios_system_vdom_property=fortinet.fortios.fortios_system_vdom_property
            fortios_system_vdom_radius_server=fortinet.fortios.fortios_system_vdom_radius_server
            fortios_system_vdom_sflow=fortinet.fortios.fortios_system_vdom_sflow
            fortios_system_virtual_wan_link=fortinet.fortios.fortios_system_virtual_wan_link
            fortios_system_virtual_wire_pair=fortinet.fortios.fortios_system_virtual_wire_pair
            fortios_system_vxlan=fortinet.fortios.fortios_system_vxlan
            fortios_system_wccp=fortinet.fortios.fortios_system_wccp
            fortios_system_zone=fortinet.fortios.fortios_system_zone
            fortios_user_adgrp=fortinet.fortios.fortios_user_adgrp
            fortios_user_device=fortinet.fortios.fortios_user_device
            fortios_user_device_access_list=fortinet.fortios.fortios_user_device_access_list
            fortios_user_device_category=fortinet.fortios.fortios_user_device_category
            fortios_user_device_group=fortinet.fortios.fortios_user_device_group
            fortios_user_domain_controller=fortinet.fortios.fortios_user_domain_controller
            fortios_user_fortitoken=fortinet.fortios.fortios_user_fortitoken
            fortios_user_fsso=fortinet.fortios.fortios_user_fsso
            fortios_user_fsso_polling=fortinet.fortios.fortios_user_fsso_polling
            fortios_user_group=fortinet.fortios.fortios_user_group
            fortios_user_krb_keytab=fortinet.fortios.fortios_user_krb_keytab
            fortios_user_ldap=fortinet.fortios.fortios_user_ldap fortios_user_local=fortinet.fortios.fortios_user_local
            fortios_user_password_policy=fortinet.fortios.fortios_user_password_policy
            fortios_user_peer=fortinet.fortios.fortios_user_peer
            fortios_user_peergrp=fortinet.fortios.fortios_user_peergrp
            fortios_user_pop3=fortinet.fortios.fortios_user_pop3
            fortios_user_quarantine=fortinet.fortios.fortios_user_quarantine
            fortios_user_radius=fortinet.fortios.fortios_user_radius
            fortios_user_security_exempt_list=fortinet.fortios.fortios_user_security_exempt_list
            fortios_user_setting=fortinet.fortios.fortios_user_setting
            fortios_user_tacacsplus=fortinet.fortios.fortios_user_tacacsplus
            fortios_voip_profile=fortinet.fortios.fortios_voip_profile
            fortios_vpn_certificate_ca=fortinet.fortios.fortios_vpn_certificate_ca
            fortios_vpn_certificate_crl=fortinet.fortios.fortios_vpn_certificate_crl
            fortios_vpn_certificate_local=fortinet.fortios.fortios_vpn_certificate_local
            fortios_vpn_certificate_ocsp_server=fortinet.fortios.fortios_vpn_certificate_ocsp_server
            fortios_vpn_certificate_remote=fortinet.fortios.fortios_vpn_certificate_remote
            fortios_vpn_certificate_setting=fortinet.fortios.fortios_vpn_certificate_setting
            fortios_vpn_ipsec_concentrator=fortinet.fortios.fortios_vpn_ipsec_concentrator
            fortios_vpn_ipsec_forticlient=fortinet.fortios.fortios_vpn_ipsec_forticlient
            fortios_vpn_ipsec_manualkey=fortinet.fortios.fortios_vpn_ipsec_manualkey
            fortios_vpn_ipsec_manualkey_interface=fortinet.fortios.fortios_vpn_ipsec_manualkey_interface
            fortios_vpn_ipsec_phase1=fortinet.fortios.fortios_vpn_ipsec_phase1
            fortios_vpn_ipsec_phase1_interface=fortinet.fortios.fortios_vpn_ipsec_phase1_interface
            fortios_vpn_ipsec_phase2=fortinet.fortios.fortios_vpn_ipsec_phase2
            fortios_vpn_ipsec_phase2_interface=fortinet.fortios.fortios_vpn_ipsec_phase2_interface
            fortios_vpn_l2tp=fortinet.fortios.fortios_vpn_l2tp fortios_vpn_pptp=fortinet.fortios.fortios_vpn_pptp
            fortios_vpn_ssl_settings=fortinet.fortios.fortios_vpn_ssl_settings
            fortios_vpn_ssl_web_host_check_software=fortinet.fortios.fortios_vpn_ssl_web_host_check_software
            fortios_vpn_ssl_web_portal=fortinet.fortios.fortios_vpn_ssl_web_portal
            fortios_vpn_ssl_web_realm=fortinet.fortios.fortios_vpn_ssl_web_realm
            fortios_vpn_ssl_web_user_bookmark=fortinet.fortios.fortios_vpn_ssl_web_user_bookmark
            fortios_vpn_ssl_web_user_group_bookmark=fortinet.fortios.fortios_vpn_ssl_web_user_group_bookmark
            fortios_waf_main_class=fortinet.fortios.fortios_waf_main_class
            fortios_waf_profile=fortinet.fortios.fortios_waf_profile
            fortios_waf_signature=fortinet.fortios.fortios_waf_signature
            fortios_waf_sub_class=fortinet.fortios.fortios_waf_sub_class
            fortios_wanopt_auth_group=fortinet.fortios.fortios_wanopt_auth_group
            fortios_wanopt_cache_service=fortinet.fortios.fortios_wanopt_cache_service
            fortios_wanopt_content_delivery_network_rule=fortinet.fortios.fortios_wanopt_content_delivery_network_rule
            fortios_wanopt_peer=fortinet.fortios.fortios_wanopt_peer
            fortios_wanopt_profile=fortinet.fortios.fortios_wanopt_profile
            fortios_wanopt_remote_storage=fortinet.fortios.fortios_wanopt_remote_storage
            fortios_wanopt_settings=fortinet.fortios.fortios_wanopt_settings
            fortios_wanopt_webcache=fortinet.fortios.fortios_wanopt_webcache
            fortios_web_proxy_debug_url=fortinet.fortios.fortios_web_proxy_debug_url
            fortios_web_proxy_explicit=fortinet.fortios.fortios_web_proxy_explicit
            fortios_web_proxy_forward_server=fortinet.fortios.fortios_web_proxy_forward_server
            fortios_web_proxy_forward_server_group=fortinet.fortios.fortios_web_proxy_forward_server_group
            fortios_web_proxy_global=fortinet.fortios.fortios_web_proxy_global
            fortios_web_proxy_profile=fortinet.fortios.fortios_web_proxy_profile
            fortios_web_proxy_url_match=fortinet.fortios.fortios_web_proxy_url_match
            fortios_web_proxy_wisp=fortinet.fortios.fortios_web_proxy_wisp
            fortios_webfilter=fortinet.fortios.fortios_webfilter
            fortios_webfilter_content=fortinet.fortios.fortios_webfilter_content
            fortios_webfilter_content_header=fortinet.fortios.fortios_webfilter_content_header
            fortios_webfilter_fortiguard=fortinet.fortios.fortios_webfilter_fortiguard
            fortios_webfilter_ftgd_local_cat=fortinet.fortios.fortios_webfilter_ftgd_local_cat
            fortios_webfilter_ftgd_local_rating=fortinet.fortios.fortios_webfilter_ftgd_local_rating
            fortios_webfilter_ips_urlfilter_cache_setting=fortinet.fortios.fortios_webfilter_ips_urlfilter_cache_setting
            fortios_webfilter_ips_urlfilter_setting=fortinet.fortios.fortios_webfilter_ips_urlfilter_setting
            fortios_webfilter_ips_urlfilter_setting6=fortinet.fortios.fortios_webfilter_ips_urlfilter_setting6
            fortios_webfilter_override=fortinet.fortios.fortios_webfilter_override
            fortios_webfilter_profile=fortinet.fortios.fortios_webfilter_profile
            fortios_webfilter_search_engine=fortinet.fortios.fortios_webfilter_search_engine
            fortios_webfilter_urlfilter=fortinet.fortios.fortios_webfilter_urlfilter
            fortios_wireless_controller_ap_status=fortinet.fortios.fortios_wireless_controller_ap_status
            fortios_wireless_controller_ble_profile=fortinet.fortios.fortios_wireless_controller_ble_profile
            fortios_wireless_controller_bonjour_profile=fortinet.fortios.fortios_wireless_controller_bonjour_profile
            fortios_wireless_controller_global=fortinet.fortios.fortios_wireless_controller_global
            fortios_wireless_controller_hotspot20_anqp_3gpp_cellular=fortinet.fortios.fortios_wireless_controller_hotspot20_anqp_3gpp_cellular
            fortios_wireless_controller_hotspot20_anqp_ip_address_type=fortinet.fortios.fortios_wireless_controller_hotspot20_anqp_ip_address_type
            fortios_wireless_controller_hotspot20_anqp_nai_realm=fortinet.fortios.fortios_wireless_controller_hotspot20_anqp_nai_realm
            fortios_wireless_controller_hotspot20_anqp_network_auth_type=fortinet.fortios.fortios_wireless_controller_hotspot20_anqp_network_auth_type
            fortios_wireless_controller_hotspot20_anqp_roaming_consortium=fortinet.fortios.fortios_wireless_controller_hotspot20_anqp_roaming_consortium
            fortios_wireless_controller_hotspot20_anqp_venue_name=fortinet.fortios.fortios_wireless_controller_hotspot20_anqp_venue_name
            fortios_wireless_controller_hotspot20_h2qp_conn_capability=fortinet.fortios.fortios_wireless_controller_hotspot20_h2qp_conn_capability
            fortios_wireless_controller_hotspot20_h2qp_operator_name=fortinet.fortios.fortios_wireless_controller_hotspot20_h2qp_operator_name
            fortios_wireless_controller_hotspot20_h2qp_osu_provider=fortinet.fortios.fortios_wireless_controller_hotspot20_h2qp_osu_provider
            fortios_wireless_controller_hotspot20_h2qp_wan_metric=fortinet.fortios.fortios_wireless_controller_hotspot20_h2qp_wan_metric
            fortios_wireless_controller_hotspot20_hs_profile=fortinet.fortios.fortios_wireless_controller_hotspot20_hs_profile
            fortios_wireless_controller_hotspot20_icon=fortinet.fortios.fortios_wireless_controller_hotspot20_icon
            fortios_wireless_controller_hotspot20_qos_map=fortinet.fortios.fortios_wireless_controller_hotspot20_qos_map
            fortios_wireless_controller_inter_controller=fortinet.fortios.fortios_wireless_controller_inter_controller
            fortios_wireless_controller_qos_profile=fortinet.fortios.fortios_wireless_controller_qos_profile
            fortios_wireless_controller_setting=fortinet.fortios.fortios_wireless_controller_setting
            fortios_wireless_controller_timers=fortinet.fortios.fortios_wireless_controller_timers
            fortios_wireless_controller_utm_profile=fortinet.fortios.fortios_wireless_controller_utm_profile
            fortios_wireless_controller_vap=fortinet.fortios.fortios_wireless_controller_vap
            fortios_wireless_controller_vap_group=fortinet.fortios.fortios_wireless_controller_vap_group
            fortios_wireless_controller_wids_profile=fortinet.fortios.fortios_wireless_controller_wids_profile
            fortios_wireless_controller_wtp=fortinet.fortios.fortios_wireless_controller_wtp
            fortios_wireless_controller_wtp_group=fortinet.fortios.fortios_wireless_controller_wtp_group
            fortios_wireless_controller_wtp_profile=fortinet.fortios.fortios_wireless_controller_wtp_profile
            frr_bgp=frr.frr.frr_bgp frr_facts=frr.frr.frr_facts ftd_configuration=community.network.ftd_configuration
            ftd_file_download=community.network.ftd_file_download ftd_file_upload=community.network.ftd_file_upload
            ftd_install=community.network.ftd_install gc_storage=community.google.gc_storage
            gcdns_record=community.general.gcdns_record gcdns_zone=community.general.gcdns_zone gce=community.general.gce
            gce_eip=community.google.gce_eip gce_img=community.google.gce_img
            gce_instance_template=community.google.gce_instance_template gce_labels=community.google.gce_labels
            gce_lb=community.google.gce_lb gce_mig=community.google.gce_mig gce_net=community.google.gce_net
            gce_pd=community.google.gce_pd gce_snapshot=community.google.gce_snapshot gce_tag=community.google.gce_tag
            gconftool2=community.general.gconftool2 gcp_appengine_firewall_rule=google.cloud.gcp_appengine_firewall_rule
            gcp_appengine_firewall_rule_info=google.cloud.gcp_appengine_firewall_rule_info
            gcp_backend_service=community.general.gcp_backend_service
            gcp_bigquery_dataset=google.cloud.gcp_bigquery_dataset
            gcp_bigquery_dataset_facts=google.cloud.gcp_bigquery_dataset_info
            gcp_bigquery_dataset_info=google.cloud.gcp_bigquery_dataset_info
            gcp_bigquery_table=google.cloud.gcp_bigquery_table
            gcp_bigquery_table_facts=google.cloud.gcp_bigquery_table_info
            gcp_bigquery_table_info=google.cloud.gcp_bigquery_table_info
            gcp_cloudbuild_trigger=google.cloud.gcp_cloudbuild_trigger
            gcp_cloudbuild_trigger_facts=google.cloud.gcp_cloudbuild_trigger_info
            gcp_cloudbuild_trigger_info=google.cloud.gcp_cloudbuild_trigger_info
            gcp_cloudfunctions_cloud_function=google.cloud.gcp_cloudfunctions_cloud_function
            gcp_cloudfunctions_cloud_function_info=google.cloud.gcp_cloudfunctions_cloud_function_info
            gcp_cloudscheduler_job=google.cloud.gcp_cloudscheduler_job
            gcp_cloudscheduler_job_info=google.cloud.gcp_cloudscheduler_job_info
            gcp_cloudtasks_queue=google.cloud.gcp_cloudtasks_queue
            gcp_cloudtasks_queue_info=google.cloud.gcp_cloudtasks_queue_info
            gcp_compute_address=google.cloud.gcp_compute_address
            gcp_compute_address_facts=google.cloud.gcp_compute_address_info
            gcp_compute_address_info=google.cloud.gcp_compute_address_info
            gcp_compute_autoscaler=google.cloud.gcp_compute_autoscaler
            gcp_compute_autoscaler_info=google.cloud.gcp_compute_autoscaler_info
            gcp_compute_backend_bucket=google.cloud.gcp_compute_backend_bucket
            gcp_compute_backend_bucket_facts=google.cloud.gcp_compute_backend_bucket_info
            gcp_compute_backend_bucket_info=google.cloud.gcp_compute_backend_bucket_info
            gcp_compute_backend_service=google.cloud.gcp_compute_backend_service
            gcp_compute_backend_service_facts=google.cloud.gcp_compute_backend_service_info
            gcp_compute_backend_service_info=google.cloud.gcp_compute_backend_service_info
            gcp_compute_disk=google.cloud.gcp_compute_disk gcp_compute_disk_facts=google.cloud.gcp_compute_disk_info
            gcp_compute_disk_info=google.cloud.gcp_compute_disk_info
            gcp_compute_firewall=google.cloud.gcp_compute_firewall
            gcp_compute_firewall_facts=google.cloud.gcp_compute_firewall_info
            gcp_compute_firewall_info=google.cloud.gcp_compute_firewall_info
            gcp_compute_forwarding_rule=google.cloud.gcp_compute_forwarding_rule
            gcp_compute_forwarding_rule_facts=google.cloud.gcp_compute_forwarding_rule_info
            gcp_compute_forwarding_rule_info=google.cloud.gcp_compute_forwarding_rule_info
            gcp_compute_global_address=google.cloud.gcp_compute_global_address
            gcp_compute_global_address_facts=google.cloud.gcp_compute_global_address_info
            gcp_compute_global_address_info=google.cloud.gcp_compute_global_address_info
            gcp_compute_global_forwarding_rule=google.cloud.gcp_compute_global_forwarding_rule
            gcp_compute_global_forwarding_rule_facts=google.cloud.gcp_compute_global_forwarding_rule_info
            gcp_compute_global_forwarding_rule_info=google.cloud.gcp_compute_global_forwarding_rule_info
            gcp_compute_health_check=google.cloud.gcp_compute_health_check
            gcp_compute_health_check_facts=google.cloud.gcp_compute_health_check_info
            gcp_compute_health_check_info=google.cloud.gcp_compute_health_check_info
            gcp_compute_http_health_check=google.cloud.gcp_compute_http_health_check
            gcp_compute_http_health_check_facts=google.cloud.gcp_compute_http_health_check_info
            gcp_compute_http_health_check_info=google.cloud.gcp_compute_http_health_check_info
            gcp_compute_https_health_check=google.cloud.gcp_compute_https_health_check
            gcp_compute_https_health_check_facts=google.cloud.gcp_compute_https_health_check_info
            gcp_compute_https_health_check_info=google.cloud.gcp_compute_https_health_check_info
            gcp_compute_image=google.cloud.gcp_compute_image gcp_compute_image_facts=google.cloud.gcp_compute_image_info
            gcp_compute_image_info=google.cloud.gcp_compute_image_info
            gcp_compute_instance=google.cloud.gcp_compute_instance
            gcp_compute_instance_facts=google.cloud.gcp_compute_instance_info
            gcp_compute_instance_group=google.cloud.gcp_compute_instance_group
            gcp_compute_instance_group_facts=google.cloud.gcp_compute_instance_group_info
            gcp_compute_instance_group_info=google.cloud.gcp_compute_instance_group_info
            gcp_compute_instance_group_manager=google.cloud.gcp_compute_instance_group_manager
            gcp_compute_instance_group_manager_facts=google.cloud.gcp_compute_instance_group_manager_info
            gcp_compute_instance_group_manager_info=google.cloud.gcp_compute_instance_group_manager_info
            gcp_compute_instance_info=google.cloud.gcp_compute_instance_info
            gcp_compute_instance_template=google.cloud.gcp_compute_instance_template
            gcp_compute_instance_template_facts=google.cloud.gcp_compute_instance_template_info
            gcp_compute_instance_template_info=google.cloud.gcp_compute_instance_template_info
            gcp_compute_interconnect_attachment=google.cloud.gcp_compute_interconnect_attachment
            gcp_compute_interconnect_attachment_facts=google.cloud.gcp_compute_interconnect_attachment_info
            gcp_compute_interconnect_attachment_info=google.cloud.gcp_compute_interconnect_attachment_info
            gcp_compute_network=google.cloud.gcp_compute_network
            gcp_compute_network_endpoint_group=google.cloud.gcp_compute_network_endpoint_group
            gcp_compute_network_endpoint_group_info=google.cloud.gcp_compute_network_endpoint_group_info
            gcp_compute_network_facts=google.cloud.gcp_compute_network_info
            gcp_compute_network_info=google.cloud.gcp_compute_network_info
            gcp_compute_node_group=google.cloud.gcp_compute_node_group
            gcp_compute_node_group_info=google.cloud.gcp_compute_node_group_info
            gcp_compute_node_template=google.cloud.gcp_compute_node_template
            gcp_compute_node_template_info=google.cloud.gcp_compute_node_template_info
            gcp_compute_region_backend_service=google.cloud.gcp_compute_region_backend_service
            gcp_compute_region_backend_service_info=google.cloud.gcp_compute_region_backend_service_info
            gcp_compute_region_disk=google.cloud.gcp_compute_region_disk
            gcp_compute_region_disk_facts=google.cloud.gcp_compute_region_disk_info
            gcp_compute_region_disk_info=google.cloud.gcp_compute_region_disk_info
            gcp_compute_reservation=google.cloud.gcp_compute_reservation
            gcp_compute_reservation_info=google.cloud.gcp_compute_reservation_info
            gcp_compute_route=google.cloud.gcp_compute_route gcp_compute_route_facts=google.cloud.gcp_compute_route_info
            gcp_compute_route_info=google.cloud.gcp_compute_route_info gcp_compute_router=google.cloud.gcp_compute_router
            gcp_compute_router_facts=google.cloud.gcp_compute_router_info
            gcp_compute_router_info=google.cloud.gcp_compute_router_info
            gcp_compute_snapshot=google.cloud.gcp_compute_snapshot
            gcp_compute_snapshot_info=google.cloud.gcp_compute_snapshot_info
            gcp_compute_ssl_certificate=google.cloud.gcp_compute_ssl_certificate
            gcp_compute_ssl_certificate_facts=google.cloud.gcp_compute_ssl_certificate_info
            gcp_compute_ssl_certificate_info=google.cloud.gcp_compute_ssl_certificate_info
            gcp_compute_ssl_policy=google.cloud.gcp_compute_ssl_policy
            gcp_compute_ssl_policy_facts=google.cloud.gcp_compute_ssl_policy_info
            gcp_compute_ssl_policy_info=google.cloud.gcp_compute_ssl_policy_info
            gcp_compute_subnetwork=google.cloud.gcp_compute_subnetwork
            gcp_compute_subnetwork_facts=google.cloud.gcp_compute_subnetwork_info
            gcp_compute_subnetwork_info=google.cloud.gcp_compute_subnetwork_info
            gcp_compute_target_http_proxy=google.cloud.gcp_compute_target_http_proxy
            gcp_compute_target_http_proxy_facts=google.cloud.gcp_compute_target_http_proxy_info
            gcp_compute_target_http_proxy_info=google.cloud.gcp_compute_target_http_proxy_info
            gcp_compute_target_https_proxy=google.cloud.gcp_compute_target_https_proxy
            gcp_compute_target_https_proxy_facts=google.cloud.gcp_compute_target_https_proxy_info
            gcp_compute_target_https_proxy_info=google.cloud.gcp_compute_target_https_proxy_info
            gcp_compute_target_instance=google.cloud.gcp_compute_target_instance
            gcp_compute_target_instance_info=google.cloud.gcp_compute_target_instance_info
            gcp_compute_target_pool=google.cloud.gcp_compute_target_pool
            gcp_compute_target_pool_facts=google.cloud.gcp_compute_target_pool_info
            gcp_compute_target_pool_info=google.cloud.gcp_compute_target_pool_info
            gcp_compute_target_ssl_proxy=google.cloud.gcp_compute_target_ssl_proxy
            gcp_compute_target_ssl_proxy_facts=google.cloud.gcp_compute_target_ssl_proxy_info
            gcp_compute_target_ssl_proxy_info=google.cloud.gcp_compute_target_ssl_proxy_info
            gcp_compute_target_tcp_proxy=google.cloud.gcp_compute_target_tcp_proxy
            gcp_compute_target_tcp_proxy_facts=google.cloud.gcp_compute_target_tcp_proxy_info
            gcp_compute_target_tcp_proxy_info=google.cloud.gcp_compute_target_tcp_proxy_info
            gcp_compute_target_vpn_gateway=google.cloud.gcp_compute_target_vpn_gateway
            gcp_compute_target_vpn_gateway_facts=google.cloud.gcp_compute_target_vpn_gateway_info
            gcp_compute_target_vpn_gateway_info=google.cloud.gcp_compute_target_vpn_gateway_info
            gcp_compute_url_map=google.cloud.gcp_compute_url_map
            gcp_compute_url_map_facts=google.cloud.gcp_compute_url_map_info
            gcp_compute_url_map_info=google.cloud.gcp_compute_url_map_info
            gcp_compute_vpn_tunnel=google.cloud.gcp_compute_vpn_tunnel
            gcp_compute_vpn_tunnel_facts=google.cloud.gcp_compute_vpn_tunnel_info
            gcp_compute_vpn_tunnel_info=google.cloud.gcp_compute_vpn_tunnel_info
            gcp_container_cluster=google.cloud.gcp_container_cluster
            gcp_container_cluster_facts=google.cloud.gcp_container_cluster_info
            gcp_container_cluster_info=google.cloud.gcp_container_cluster_info
            gcp_container_node_pool=google.cloud.gcp_container_node_pool
            gcp_container_node_pool_facts=google.cloud.gcp_container_node_pool_info
            gcp_container_node_pool_info=google.cloud.gcp_container_node_pool_info
            gcp_dns_managed_zone=google.cloud.gcp_dns_managed_zone
            gcp_dns_managed_zone_facts=google.cloud.gcp_dns_managed_zone_info
            gcp_dns_managed_zone_info=google.cloud.gcp_dns_managed_zone_info
            gcp_dns_resource_record_set=google.cloud.gcp_dns_resource_record_set
            gcp_dns_resource_record_set_facts=google.cloud.gcp_dns_resource_record_set_info
            gcp_dns_resource_record_set_info=google.cloud.gcp_dns_resource_record_set_info
            gcp_filestore_instance=google.cloud.gcp_filestore_instance
            gcp_filestore_instance_info=google.cloud.gcp_filestore_instance_info
            gcp_forwarding_rule=community.general.gcp_forwarding_rule gcp_healthcheck=community.general.gcp_healthcheck
            gcp_iam_role=google.cloud.gcp_iam_role gcp_iam_role_facts=google.cloud.gcp_iam_role_info
            gcp_iam_role_info=google.cloud.gcp_iam_role_info gcp_iam_service_account=google.cloud.gcp_iam_service_account
            gcp_iam_service_account_facts=google.cloud.gcp_iam_service_account_info
            gcp_iam_service_account_info=google.cloud.gcp_iam_service_account_info
            gcp_iam_service_account_key=google.cloud.gcp_iam_service_account_key
            gcp_kms_crypto_key=google.cloud.gcp_kms_crypto_key
            gcp_kms_crypto_key_info=google.cloud.gcp_kms_crypto_key_info gcp_kms_key_ring=google.cloud.gcp_kms_key_ring
            gcp_kms_key_ring_info=google.cloud.gcp_kms_key_ring_info gcp_logging_metric=google.cloud.gcp_logging_metric
            gcp_logging_metric_info=google.cloud.gcp_logging_metric_info
            gcp_mlengine_model=google.cloud.gcp_mlengine_model
            gcp_mlengine_model_info=google.cloud.gcp_mlengine_model_info
            gcp_mlengine_version=google.cloud.gcp_mlengine_version
            gcp_mlengine_version_info=google.cloud.gcp_mlengine_version_info
            gcp_pubsub_subscription=google.cloud.gcp_pubsub_subscription
            gcp_pubsub_subscription_facts=google.cloud.gcp_pubsub_subscription_info
            gcp_pubsub_subscription_info=google.cloud.gcp_pubsub_subscription_info
            gcp_pubsub_topic=google.cloud.gcp_pubsub_topic gcp_pubsub_topic_facts=google.cloud.gcp_pubsub_topic_info
            gcp_pubsub_topic_info=google.cloud.gcp_pubsub_topic_info gcp_redis_instance=google.cloud.gcp_redis_instance
            gcp_redis_instance_facts=google.cloud.gcp_redis_instance_info
            gcp_redis_instance_info=google.cloud.gcp_redis_instance_info
            gcp_resourcemanager_project=google.cloud.gcp_resourcemanager_project
            gcp_resourcemanager_project_facts=google.cloud.gcp_resourcemanager_project_info
            gcp_resourcemanager_project_info=google.cloud.gcp_resourcemanager_project_info
            gcp_runtimeconfig_config=google.cloud.gcp_runtimeconfig_config
            gcp_runtimeconfig_config_info=google.cloud.gcp_runtimeconfig_config_info
            gcp_runtimeconfig_variable=google.cloud.gcp_runtimeconfig_variable
            gcp_runtimeconfig_variable_info=google.cloud.gcp_runtimeconfig_variable_info
            gcp_serviceusage_service=google.cloud.gcp_serviceusage_service
            gcp_serviceusage_service_info=google.cloud.gcp_serviceusage_service_info
            gcp_sourcerepo_repository=google.cloud.gcp_sourcerepo_repository
            gcp_sourcerepo_repository_facts=google.cloud.gcp_sourcerepo_repository_info
            gcp_sourcerepo_repository_info=google.cloud.gcp_sourcerepo_repository_info
            gcp_spanner_database=google.cloud.gcp_spanner_database
            gcp_spanner_database_facts=google.cloud.gcp_spanner_database_info
            gcp_spanner_database_info=google.cloud.gcp_spanner_database_info
            gcp_spanner_instance=google.cloud.gcp_spanner_instance
            gcp_spanner_instance_facts=google.cloud.gcp_spanner_instance_info
            gcp_spanner_instance_info=google.cloud.gcp_spanner_instance_info
            gcp_sql_database=google.cloud.gcp_sql_database gcp_sql_database_facts=google.cloud.gcp_sql_database_info
            gcp_sql_database_info=google.cloud.gcp_sql_database_info gcp_sql_instance=google.cloud.gcp_sql_instance
            gcp_sql_instance_facts=google.cloud.gcp_sql_instance_info
            gcp_sql_instance_info=google.cloud.gcp_sql_instance_info gcp_sql_user=google.cloud.gcp_sql_user
            gcp_sql_user_facts=google.cloud.gcp_sql_user_info gcp_sql_user_info=google.cloud.gcp_sql_user_info
            gcp_storage_bucket=google.cloud.gcp_storage_bucket
            gcp_storage_bucket_access_control=google.cloud.gcp_storage_bucket_access_control
            gcp_storage_object=google.cloud.gcp_storage_object gcp_target_proxy=community.general.gcp_target_proxy
            gcp_tpu_node=google.cloud.gcp_tpu_node gcp_tpu_node_facts=google.cloud.gcp_tpu_node_info
            gcp_tpu_node_info=google.cloud.gcp_tpu_node_info gcp_url_map=community.general.gcp_url_map
            gcpubsub=community.google.gcpubsub gcpubsub_facts=community.general.gcpubsub_facts
            gcpubsub_info=community.google.gcpubsub_info gcspanner=community.general.gcspanner gem=community.general.gem
            get_certificate=community.crypto.get_certificate git_config=community.general.git_config
            github_deploy_key=community.general.github_deploy_key github_hooks=community.general.github_hooks
            github_issue=community.general.github_issue github_key=community.general.github_key
            github_release=community.general.github_release github_webhook=community.general.github_webhook
            github_webhook_facts=community.general.github_webhook_info
            github_webhook_info=community.general.github_webhook_info
            gitlab_deploy_key=community.general.gitlab_deploy_key gitlab_group=community.general.gitlab_group
            gitlab_hook=community.general.gitlab_hook gitlab_hooks=community.general.gitlab_hook
            gitlab_project=community.general.gitlab_project
            gitlab_project_variable=community.general.gitlab_project_variable
            gitlab_runner=community.general.gitlab_runner gitlab_user=community.general.gitlab_user
            gluster_heal_facts=gluster.gluster.gluster_heal_info gluster_heal_info=gluster.gluster.gluster_heal_info
            gluster_peer=gluster.gluster.gluster_peer gluster_volume=gluster.gluster.gluster_volume
            grafana_dashboard=community.grafana.grafana_dashboard grafana_datasource=community.grafana.grafana_datasource
            grafana_plugin=community.grafana.grafana_plugin grove=community.general.grove
            gunicorn=community.general.gunicorn haproxy=community.general.haproxy
            hcloud_datacenter_facts=hetzner.hcloud.hcloud_datacenter_facts
            hcloud_datacenter_info=hetzner.hcloud.datacenter_info hcloud_floating_ip=hetzner.hcloud.floating_ip
            hcloud_floating_ip_facts=hetzner.hcloud.hcloud_floating_ip_facts
            hcloud_floating_ip_info=hetzner.hcloud.floating_ip_info hcloud_image_facts=hetzner.hcloud.hcloud_image_facts
            hcloud_image_info=hetzner.hcloud.image_info hcloud_location_facts=hetzner.hcloud.hcloud_location_facts
            hcloud_location_info=hetzner.hcloud.location_info hcloud_network=hetzner.hcloud.network
            hcloud_network_info=hetzner.hcloud.network_info hcloud_rdns=hetzner.hcloud.rdns
            hcloud_route=hetzner.hcloud.route hcloud_server=hetzner.hcloud.server
            hcloud_server_facts=hetzner.hcloud.hcloud_server_facts hcloud_server_info=hetzner.hcloud.server_info
            hcloud_server_network=hetzner.hcloud.server_network
            hcloud_server_type_facts=hetzner.hcloud.hcloud_server_type_facts
            hcloud_server_type_info=hetzner.hcloud.server_type_info hcloud_ssh_key=hetzner.hcloud.ssh_key
            hcloud_ssh_key_facts=hetzner.hcloud.hcloud_ssh_key_facts hcloud_ssh_key_info=hetzner.hcloud.ssh_key_info
            hcloud_subnetwork=hetzner.hcloud.subnetwork hcloud_volume=hetzner.hcloud.volume
            hcloud_volume_facts=hetzner.hcloud.hcloud_volume_facts hcloud_volume_info=hetzner.hcloud.volume_info
            helm=community.general.helm heroku_collaborator=community.general.heroku_collaborator
            hetzner_failover_ip=community.hrobot.failover_ip hetzner_failover_ip_info=community.hrobot.failover_ip_info
            hetzner_firewall=community.hrobot.firewall hetzner_firewall_info=community.hrobot.firewall_info
            hg=community.general.hg hipchat=community.general.hipchat homebrew=community.general.homebrew
            homebrew_cask=community.general.homebrew_cask homebrew_tap=community.general.homebrew_tap
            honeybadger_deployment=community.general.honeybadger_deployment hpilo_boot=community.general.hpilo_boot
            hpilo_facts=community.general.hpilo_facts hpilo_info=community.general.hpilo_info
            hponcfg=community.general.hponcfg htpasswd=community.general.htpasswd
            hwc_ecs_instance=community.general.hwc_ecs_instance hwc_evs_disk=community.general.hwc_evs_disk
            hwc_network_vpc=community.general.hwc_network_vpc hwc_smn_topic=community.general.hwc_smn_topic
            hwc_vpc_eip=community.general.hwc_vpc_eip hwc_vpc_peering_connect=community.general.hwc_vpc_peering_connect
            hwc_vpc_port=community.general.hwc_vpc_port hwc_vpc_private_ip=community.general.hwc_vpc_private_ip
            hwc_vpc_route=community.general.hwc_vpc_route hwc_vpc_security_group=community.general.hwc_vpc_security_group
            hwc_vpc_security_group_rule=community.general.hwc_vpc_security_group_rule
            hwc_vpc_subnet=community.general.hwc_vpc_subnet iam=community.aws.iam iam_cert=community.aws.iam_cert
            iam_cert_facts=community.aws.iam_cert_facts iam_group=amazon.aws.iam_group
            iam_managed_policy=amazon.aws.iam_managed_policy iam_mfa_device_facts=community.aws.iam_mfa_device_facts
            iam_mfa_device_info=amazon.aws.iam_mfa_device_info iam_password_policy=amazon.aws.iam_password_policy
            iam_policy=amazon.aws.iam_policy iam_policy_info=amazon.aws.iam_policy_info iam_role=amazon.aws.iam_role
            iam_role_facts=community.aws.iam_role_facts iam_role_info=amazon.aws.iam_role_info
            iam_saml_federation=community.aws.iam_saml_federation
            iam_server_certificate_facts=community.aws.iam_server_certificate_facts
            iam_server_certificate_info=community.aws.iam_server_certificate_info iam_user=amazon.aws.iam_user
            iam_user_info=amazon.aws.iam_user_info iap_start_workflow=community.network.iap_start_workflow
            iap_token=community.network.iap_token ibm_sa_domain=community.general.ibm_sa_domain
            ibm_sa_host=community.general.ibm_sa_host ibm_sa_host_ports=community.general.ibm_sa_host_ports
            ibm_sa_pool=community.general.ibm_sa_pool ibm_sa_vol=community.general.ibm_sa_vol
            ibm_sa_vol_map=community.general.ibm_sa_vol_map icinga2_feature=community.general.icinga2_feature
            icinga2_host=community.general.icinga2_host icx_banner=community.network.icx_banner
            icx_command=community.network.icx_command icx_config=community.network.icx_config
            icx_copy=community.network.icx_copy icx_facts=community.network.icx_facts
            icx_interface=community.network.icx_interface icx_l3_interface=community.network.icx_l3_interface
            icx_linkagg=community.network.icx_linkagg icx_lldp=community.network.icx_lldp
            icx_logging=community.network.icx_logging icx_ping=community.network.icx_ping
            icx_static_route=community.network.icx_static_route icx_system=community.network.icx_system
            icx_user=community.network.icx_user icx_vlan=community.network.icx_vlan
            idrac_firmware=dellemc.openmanage.idrac_firmware idrac_redfish_command=community.general.idrac_redfish_command
            idrac_redfish_config=community.general.idrac_redfish_config
            idrac_redfish_facts=community.general.idrac_redfish_facts
            idrac_redfish_info=community.general.idrac_redfish_info
            idrac_server_config_profile=dellemc.openmanage.idrac_server_config_profile
            ig_config=community.network.ig_config ig_unit_information=community.network.ig_unit_information
            imc_rest=community.general.imc_rest imgadm=community.general.imgadm
            infini_export=infinidat.infinibox.infini_export infini_export_client=infinidat.infinibox.infini_export_client
            infini_fs=infinidat.infinibox.infini_fs infini_host=infinidat.infinibox.infini_host
            infini_pool=infinidat.infinibox.infini_pool infini_vol=infinidat.infinibox.infini_vol
            infinity=community.general.infinity influxdb_database=community.general.influxdb_database
            influxdb_query=community.general.influxdb_query
            influxdb_retention_policy=community.general.influxdb_retention_policy
            influxdb_user=community.general.influxdb_user influxdb_write=community.general.influxdb_write
            ini_file=community.general.ini_file installp=community.general.installp
            interfaces_file=community.general.interfaces_file intersight_facts=cisco.intersight.intersight_info
            intersight_info=cisco.intersight.intersight_info intersight_rest_api=cisco.intersight.intersight_rest_api
            ios_acl_interfaces=cisco.ios.ios_acl_interfaces ios_acls=cisco.ios.ios_acls ios_banner=cisco.ios.ios_banner
            ios_bgp=cisco.ios.ios_bgp ios_command=cisco.ios.ios_command ios_config=cisco.ios.ios_config
            ios_facts=cisco.ios.ios_facts ios_interface=cisco.ios.ios_interface ios_interfaces=cisco.ios.ios_interfaces
            ios_l2_interface=cisco.ios.ios_l2_interface ios_l2_interfaces=cisco.ios.ios_l2_interfaces
            ios_l3_interface=cisco.ios.ios_l3_interface ios_l3_interfaces=cisco.ios.ios_l3_interfaces
            ios_lacp=cisco.ios.ios_lacp ios_lacp_interfaces=cisco.ios.ios_lacp_interfaces
            ios_lag_interfaces=cisco.ios.ios_lag_interfaces ios_linkagg=cisco.ios.ios_linkagg ios_lldp=cisco.ios.ios_lldp
            ios_lldp_global=cisco.ios.ios_lldp_global ios_lldp_interfaces=cisco.ios.ios_lldp_interfaces
            ios_logging=cisco.ios.ios_logging ios_ntp=cisco.ios.ios_ntp ios_ospfv2=cisco.ios.ios_ospfv2
            ios_ping=cisco.ios.ios_ping ios_static_route=cisco.ios.ios_static_route
            ios_static_routes=cisco.ios.ios_static_routes ios_system=cisco.ios.ios_system ios_user=cisco.ios.ios_user
            ios_vlan=cisco.ios.ios_vlan ios_vlans=cisco.ios.ios_vlans ios_vrf=cisco.ios.ios_vrf
            iosxr_acl_interfaces=cisco.iosxr.iosxr_acl_interfaces iosxr_acls=cisco.iosxr.iosxr_acls
            iosxr_banner=cisco.iosxr.iosxr_banner iosxr_bgp=cisco.iosxr.iosxr_bgp iosxr_command=cisco.iosxr.iosxr_command
            iosxr_config=cisco.iosxr.iosxr_config iosxr_facts=cisco.iosxr.iosxr_facts
            iosxr_interface=cisco.iosxr.iosxr_interface iosxr_interfaces=cisco.iosxr.iosxr_interfaces
            iosxr_l2_interfaces=cisco.iosxr.iosxr_l2_interfaces iosxr_l3_interfaces=cisco.iosxr.iosxr_l3_interfaces
            iosxr_lacp=cisco.iosxr.iosxr_lacp iosxr_lacp_interfaces=cisco.iosxr.iosxr_lacp_interfaces
            iosxr_lag_interfaces=cisco.iosxr.iosxr_lag_interfaces iosxr_lldp_global=cisco.iosxr.iosxr_lldp_global
            iosxr_lldp_interfaces=cisco.iosxr.iosxr_lldp_interfaces iosxr_logging=cisco.iosxr.iosxr_logging
            iosxr_netconf=cisco.iosxr.iosxr_netconf iosxr_ospfv2=cisco.iosxr.iosxr_ospfv2
            iosxr_static_routes=cisco.iosxr.iosxr_static_routes iosxr_system=cisco.iosxr.iosxr_system
            iosxr_user=cisco.iosxr.iosxr_user ip_netns=community.general.ip_netns ipa_config=community.general.ipa_config
            ipa_dnsrecord=community.general.ipa_dnsrecord ipa_dnszone=community.general.ipa_dnszone
            ipa_group=community.general.ipa_group ipa_hbacrule=community.general.ipa_hbacrule
            ipa_host=community.general.ipa_host ipa_hostgroup=community.general.ipa_hostgroup
            ipa_role=community.general.ipa_role ipa_service=community.general.ipa_service
            ipa_subca=community.general.ipa_subca ipa_sudocmd=community.general.ipa_sudocmd
            ipa_sudocmdgroup=community.general.ipa_sudocmdgroup ipa_sudorule=community.general.ipa_sudorule
            ipa_user=community.general.ipa_user ipa_vault=community.general.ipa_vault
            ipadm_addr=community.network.ipadm_addr ipadm_addrprop=community.network.ipadm_addrprop
            ipadm_if=community.network.ipadm_if ipadm_ifprop=community.network.ipadm_ifprop
            ipadm_prop=community.network.ipadm_prop ipify_facts=community.general.ipify_facts
            ipinfoio_facts=community.general.ipinfoio_facts ipmi_boot=community.general.ipmi_boot
            ipmi_power=community.general.ipmi_power ipwcli_dns=community.general.ipwcli_dns irc=community.general.irc
            ironware_command=community.network.ironware_command ironware_config=community.network.ironware_config
            ironware_facts=community.network.ironware_facts iso_extract=community.general.iso_extract
            jabber=community.general.jabber java_cert=community.general.java_cert
            java_keystore=community.general.java_keystore jboss=community.general.jboss
            jenkins_job=community.general.jenkins_job jenkins_job_facts=community.general.jenkins_job_facts
            jenkins_job_info=community.general.jenkins_job_info jenkins_plugin=community.general.jenkins_plugin
            jenkins_script=community.general.jenkins_script jira=community.general.jira
            junos_acl_interfaces=junipernetworks.junos.junos_acl_interfaces junos_acls=junipernetworks.junos.junos_acls
            junos_banner=junipernetworks.junos.junos_banner junos_command=junipernetworks.junos.junos_command
            junos_config=junipernetworks.junos.junos_config junos_facts=junipernetworks.junos.junos_facts
            junos_interface=junipernetworks.junos.junos_interface junos_interfaces=junipernetworks.junos.junos_interfaces
            junos_l2_interface=junipernetworks.junos.junos_l2_interface
            junos_l2_interfaces=junipernetworks.junos.junos_l2_interfaces
            junos_l3_interface=junipernetworks.junos.junos_l3_interface
            junos_l3_interfaces=junipernetworks.junos.junos_l3_interfaces junos_lacp=junipernetworks.junos.junos_lacp
            junos_lacp_interfaces=junipernetworks.junos.junos_lacp_interfaces
            junos_lag_interfaces=junipernetworks.junos.junos_lag_interfaces
            junos_linkagg=junipernetworks.junos.junos_linkagg junos_lldp=junipernetworks.junos.junos_lldp
            junos_lldp_global=junipernetworks.junos.junos_lldp_global
            junos_lldp_interface=junipernetworks.junos.junos_lldp_interface
            junos_lldp_interfaces=junipernetworks.junos.junos_lldp_interfaces
            junos_logging=junipernetworks.junos.junos_logging junos_netconf=junipernetworks.junos.junos_netconf
            junos_ospfv2=junipernetworks.junos.junos_ospfv2 junos_package=junipernetworks.junos.junos_package
            junos_ping=junipernetworks.junos.junos_ping junos_rpc=junipernetworks.junos.junos_rpc
            junos_scp=junipernetworks.junos.junos_scp junos_static_route=junipernetworks.junos.junos_static_route
            junos_static_routes=junipernetworks.junos.junos_static_routes junos_system=junipernetworks.junos.junos_system
            junos_user=junipernetworks.junos.junos_user junos_vlan=junipernetworks.junos.junos_vlan
            junos_vlans=junipernetworks.junos.junos_vlans junos_vrf=junipernetworks.junos.junos_vrf
            k8s=kubernetes.core.k8s k8s_auth=community.okd.openshift_auth k8s_facts=kubernetes.core.k8s_facts
            k8s_info=kubernetes.core.k8s_info k8s_raw=kubernetes.core.k8s_raw k8s_scale=kubernetes.core.k8s_scale
            k8s_service=kubernetes.core.k8s_service katello=community.general.katello
            kernel_blacklist=community.general.kernel_blacklist keycloak_client=community.general.keycloak_client
            keycloak_clienttemplate=community.general.keycloak_clienttemplate
            keycloak_group=community.general.keycloak_group kibana_plugin=community.general.kibana_plugin
            kinesis_stream=community.aws.kinesis_stream kubevirt_cdi_upload=community.kubevirt.kubevirt_cdi_upload
            kubevirt_preset=community.kubevirt.kubevirt_preset kubevirt_pvc=community.kubevirt.kubevirt_pvc
            kubevirt_rs=community.kubevirt.kubevirt_rs kubevirt_template=community.kubevirt.kubevirt_template
            kubevirt_vm=community.kubevirt.kubevirt_vm lambda=amazon.aws.lambda lambda_alias=amazon.aws.lambda_alias
            lambda_event=amazon.aws.lambda_event lambda_facts=community.aws.lambda_facts
            lambda_info=amazon.aws.lambda_info lambda_policy=amazon.aws.lambda_policy layman=community.general.layman
            lbu=community.general.lbu ldap_attr=community.general.ldap_attr ldap_attrs=community.general.ldap_attrs
            ldap_entry=community.general.ldap_entry ldap_passwd=community.general.ldap_passwd
            librato_annotation=community.general.librato_annotation lightsail=community.aws.lightsail
            linode=community.general.linode linode_v4=community.general.linode_v4
            listen_ports_facts=community.general.listen_ports_facts lldp=community.general.lldp_facts
            locale_gen=community.general.locale_gen logentries=community.general.logentries
            logentries_msg=community.general.logentries_msg logicmonitor=community.general.logicmonitor
            logicmonitor_facts=community.general.logicmonitor_facts logstash_plugin=community.general.logstash_plugin
            luks_device=community.crypto.luks_device lvg=community.general.lvg lvol=community.general.lvol
            lxc_container=community.general.lxc_container lxca_cmms=community.general.lxca_cmms
            lxca_nodes=community.general.lxca_nodes lxd_container=community.general.lxd_container
            lxd_profile=community.general.lxd_profile macports=community.general.macports mail=community.general.mail
            make=community.general.make manageiq_alert_profiles=community.general.manageiq_alert_profiles
            manageiq_alerts=community.general.manageiq_alerts manageiq_group=community.general.manageiq_group
            manageiq_policies=community.general.manageiq_policies manageiq_provider=community.general.manageiq_provider
            manageiq_tags=community.general.manageiq_tags manageiq_tenant=community.general.manageiq_tenant
            manageiq_user=community.general.manageiq_user mas=community.general.mas matrix=community.general.matrix
            mattermost=community.general.mattermost maven_artifact=community.general.maven_artifact
            memset_dns_reload=community.general.memset_dns_reload
            memset_memstore_facts=community.general.memset_memstore_facts
            memset_memstore_info=community.general.memset_memstore_info
            memset_server_facts=community.general.memset_server_facts
            memset_server_info=community.general.memset_server_info memset_zone=community.general.memset_zone
            memset_zone_domain=community.general.memset_zone_domain
            memset_zone_record=community.general.memset_zone_record meraki_admin=cisco.meraki.meraki_admin
            meraki_config_template=cisco.meraki.meraki_config_template
            meraki_content_filtering=cisco.meraki.meraki_content_filtering meraki_device=cisco.meraki.meraki_device
            meraki_firewalled_services=cisco.meraki.meraki_firewalled_services meraki_malware=cisco.meraki.meraki_malware
            meraki_mr_l3_firewall=cisco.meraki.meraki_mr_l3_firewall
            meraki_mx_l3_firewall=cisco.meraki.meraki_mx_l3_firewall
            meraki_mx_l7_firewall=cisco.meraki.meraki_mx_l7_firewall meraki_nat=cisco.meraki.meraki_nat
            meraki_network=cisco.meraki.meraki_network meraki_organization=cisco.meraki.meraki_organization
            meraki_snmp=cisco.meraki.meraki_snmp meraki_ssid=cisco.meraki.meraki_ssid
            meraki_static_route=cisco.meraki.meraki_static_route meraki_switchport=cisco.meraki.meraki_switchport
            meraki_syslog=cisco.meraki.meraki_syslog meraki_vlan=cisco.meraki.meraki_vlan
            meraki_webhook=cisco.meraki.meraki_webhook mksysb=community.general.mksysb modprobe=community.general.modprobe
            mongodb_info=community.mongodb.mongodb_info mongodb_parameter=community.mongodb.mongodb_parameter
            mongodb_replicaset=community.mongodb.mongodb_replicaset mongodb_shard=community.mongodb.mongodb_shard
            mongodb_user=community.mongodb.mongodb_user monit=community.general.monit mount=ansible.posix.mount
            mqtt=community.general.mqtt mso_label=cisco.mso.mso_label mso_role=cisco.mso.mso_role
            mso_schema=cisco.mso.mso_schema mso_schema_site=cisco.mso.mso_schema_site
            mso_schema_site_anp=cisco.mso.mso_schema_site_anp mso_schema_site_anp_epg=cisco.mso.mso_schema_site_anp_epg
            mso_schema_site_anp_epg_domain=cisco.mso.mso_schema_site_anp_epg_domain
            mso_schema_site_anp_epg_staticleaf=cisco.mso.mso_schema_site_anp_epg_staticleaf
            mso_schema_site_anp_epg_staticport=cisco.mso.mso_schema_site_anp_epg_staticport
            mso_schema_site_anp_epg_subnet=cisco.mso.mso_schema_site_anp_epg_subnet
            mso_schema_site_bd=cisco.mso.mso_schema_site_bd mso_schema_site_bd_l3out=cisco.mso.mso_schema_site_bd_l3out
            mso_schema_site_bd_subnet=cisco.mso.mso_schema_site_bd_subnet
            mso_schema_site_vrf=cisco.mso.mso_schema_site_vrf
            mso_schema_site_vrf_region=cisco.mso.mso_schema_site_vrf_region
            mso_schema_site_vrf_region_cidr=cisco.mso.mso_schema_site_vrf_region_cidr
            mso_schema_site_vrf_region_cidr_subnet=cisco.mso.mso_schema_site_vrf_region_cidr_subnet
            mso_schema_template=cisco.mso.mso_schema_template mso_schema_template_anp=cisco.mso.mso_schema_template_anp
            mso_schema_template_anp_epg=cisco.mso.mso_schema_template_anp_epg
            mso_schema_template_anp_epg_contract=cisco.mso.mso_schema_template_anp_epg_contract
            mso_schema_template_anp_epg_subnet=cisco.mso.mso_schema_template_anp_epg_subnet
            mso_schema_template_bd=cisco.mso.mso_schema_template_bd
            mso_schema_template_bd_subnet=cisco.mso.mso_schema_template_bd_subnet
            mso_schema_template_contract_filter=cisco.mso.mso_schema_template_contract_filter
            mso_schema_template_deploy=cisco.mso.mso_schema_template_deploy
            mso_schema_template_external_epg_contract=cisco.mso.mso_schema_template_external_epg_contract
            mso_schema_template_external_epg_subnet=cisco.mso.mso_schema_template_external_epg_subnet
            mso_schema_template_externalepg=cisco.mso.mso_schema_template_external_epg
            mso_schema_template_filter_entry=cisco.mso.mso_schema_template_filter_entry
            mso_schema_template_l3out=cisco.mso.mso_schema_template_l3out
            mso_schema_template_vrf=cisco.mso.mso_schema_template_vrf mso_site=cisco.mso.mso_site
            mso_tenant=cisco.mso.mso_tenant mso_user=cisco.mso.mso_user mssql_db=community.general.mssql_db
            mysql_db=ansible.mysql.mysql_db mysql_info=ansible.mysql.mysql_info mysql_query=ansible.mysql.mysql_query
            mysql_replication=ansible.mysql.mysql_replication mysql_user=ansible.mysql.mysql_user
            mysql_variables=ansible.mysql.mysql_variables na_cdot_aggregate=community.general.na_cdot_aggregate
            na_cdot_license=community.general.na_cdot_license na_cdot_lun=community.general.na_cdot_lun
            na_cdot_qtree=community.general.na_cdot_qtree na_cdot_svm=community.general.na_cdot_svm
            na_cdot_user=community.general.na_cdot_user na_cdot_user_role=community.general.na_cdot_user_role
            na_cdot_volume=community.general.na_cdot_volume
            na_elementsw_access_group=netapp.elementsw.na_elementsw_access_group
            na_elementsw_account=netapp.elementsw.na_elementsw_account
            na_elementsw_admin_users=netapp.elementsw.na_elementsw_admin_users
            na_elementsw_backup=netapp.elementsw.na_elementsw_backup
            na_elementsw_check_connections=netapp.elementsw.na_elementsw_check_connections
            na_elementsw_cluster=netapp.elementsw.na_elementsw_cluster
            na_elementsw_cluster_config=netapp.elementsw.na_elementsw_cluster_config
            na_elementsw_cluster_pair=netapp.elementsw.na_elementsw_cluster_pair
            na_elementsw_cluster_snmp=netapp.elementsw.na_elementsw_cluster_snmp
            na_elementsw_drive=netapp.elementsw.na_elementsw_drive
            na_elementsw_initiators=netapp.elementsw.na_elementsw_initiators
            na_elementsw_ldap=netapp.elementsw.na_elementsw_ldap
            na_elementsw_network_interfaces=netapp.elementsw.na_elementsw_network_interfaces
            na_elementsw_node=netapp.elementsw.na_elementsw_node
            na_elementsw_snapshot=netapp.elementsw.na_elementsw_snapshot
            na_elementsw_snapshot_restore=netapp.elementsw.na_elementsw_snapshot_restore
            na_elementsw_snapshot_schedule=netapp.elementsw.na_elementsw_snapshot_schedule
            na_elementsw_vlan=netapp.elementsw.na_elementsw_vlan na_elementsw_volume=netapp.elementsw.na_elementsw_volume
            na_elementsw_volume_clone=netapp.elementsw.na_elementsw_volume_clone
            na_elementsw_volume_pair=netapp.elementsw.na_elementsw_volume_pair
            na_ontap_aggregate=netapp.ontap.na_ontap_aggregate na_ontap_autosupport=netapp.ontap.na_ontap_autosupport
            na_ontap_broadcast_domain=netapp.ontap.na_ontap_broadcast_domain
            na_ontap_broadcast_domain_ports=netapp.ontap.na_ontap_broadcast_domain_ports
            na_ontap_cg_snapshot=netapp.ontap.na_ontap_cg_snapshot na_ontap_cifs=netapp.ontap.na_ontap_cifs
            na_ontap_cifs_acl=netapp.ontap.na_ontap_cifs_acl na_ontap_cifs_server=netapp.ontap.na_ontap_cifs_server
            na_ontap_cluster=netapp.ontap.na_ontap_cluster na_ontap_cluster_ha=netapp.ontap.na_ontap_cluster_ha
            na_ontap_cluster_peer=netapp.ontap.na_ontap_cluster_peer na_ontap_command=netapp.ontap.na_ontap_command
            na_ontap_disks=netapp.ontap.na_ontap_disks na_ontap_dns=netapp.ontap.na_ontap_dns
            na_ontap_export_policy=netapp.ontap.na_ontap_export_policy
            na_ontap_export_policy_rule=netapp.ontap.na_ontap_export_policy_rule na_ontap_fcp=netapp.ontap.na_ontap_fcp
            na_ontap_firewall_policy=netapp.ontap.na_ontap_firewall_policy
            na_ontap_firmware_upgrade=netapp.ontap.na_ontap_firmware_upgrade
            na_ontap_flexcache=netapp.ontap.na_ontap_flexcache
            na_ontap_gather_facts=community.general.na_ontap_gather_facts na_ontap_igroup=netapp.ontap.na_ontap_igroup
            na_ontap_igroup_initiator=netapp.ontap.na_ontap_igroup_initiator na_ontap_info=netapp.ontap.na_ontap_info
            na_ontap_interface=netapp.ontap.na_ontap_interface na_ontap_ipspace=netapp.ontap.na_ontap_ipspace
            na_ontap_iscsi=netapp.ontap.na_ontap_iscsi na_ontap_job_schedule=netapp.ontap.na_ontap_job_schedule
            na_ontap_kerberos_realm=netapp.ontap.na_ontap_kerberos_realm na_ontap_ldap=netapp.ontap.na_ontap_ldap
            na_ontap_ldap_client=netapp.ontap.na_ontap_ldap_client na_ontap_license=netapp.ontap.na_ontap_license
            na_ontap_lun=netapp.ontap.na_ontap_lun na_ontap_lun_copy=netapp.ontap.na_ontap_lun_copy
            na_ontap_lun_map=netapp.ontap.na_ontap_lun_map na_ontap_motd=netapp.ontap.na_ontap_motd
            na_ontap_ndmp=netapp.ontap.na_ontap_ndmp na_ontap_net_ifgrp=netapp.ontap.na_ontap_net_ifgrp
            na_ontap_net_port=netapp.ontap.na_ontap_net_port na_ontap_net_routes=netapp.ontap.na_ontap_net_routes
            na_ontap_net_subnet=netapp.ontap.na_ontap_net_subnet na_ontap_net_vlan=netapp.ontap.na_ontap_net_vlan
            na_ontap_nfs=netapp.ontap.na_ontap_nfs na_ontap_node=netapp.ontap.na_ontap_node
            na_ontap_ntp=netapp.ontap.na_ontap_ntp na_ontap_nvme=netapp.ontap.na_ontap_nvme
            na_ontap_nvme_namespace=netapp.ontap.na_ontap_nvme_namespace
            na_ontap_nvme_subsystem=netapp.ontap.na_ontap_nvme_subsystem
            na_ontap_object_store=netapp.ontap.na_ontap_object_store na_ontap_ports=netapp.ontap.na_ontap_ports
            na_ontap_portset=netapp.ontap.na_ontap_portset
            na_ontap_qos_adaptive_policy_group=netapp.ontap.na_ontap_qos_adaptive_policy_group
            na_ontap_qos_policy_group=netapp.ontap.na_ontap_qos_policy_group na_ontap_qtree=netapp.ontap.na_ontap_qtree
            na_ontap_quotas=netapp.ontap.na_ontap_quotas
            na_ontap_security_key_manager=netapp.ontap.na_ontap_security_key_manager
            na_ontap_service_processor_network=netapp.ontap.na_ontap_service_processor_network
            na_ontap_snapmirror=netapp.ontap.na_ontap_snapmirror na_ontap_snapshot=netapp.ontap.na_ontap_snapshot
            na_ontap_snapshot_policy=netapp.ontap.na_ontap_snapshot_policy na_ontap_snmp=netapp.ontap.na_ontap_snmp
            na_ontap_software_update=netapp.ontap.na_ontap_software_update na_ontap_svm=netapp.ontap.na_ontap_svm
            na_ontap_svm_options=netapp.ontap.na_ontap_svm_options na_ontap_ucadapter=netapp.ontap.na_ontap_ucadapter
            na_ontap_unix_group=netapp.ontap.na_ontap_unix_group na_ontap_unix_user=netapp.ontap.na_ontap_unix_user
            na_ontap_user=netapp.ontap.na_ontap_user na_ontap_user_role=netapp.ontap.na_ontap_user_role
            na_ontap_volume=netapp.ontap.na_ontap_volume na_ontap_volume_autosize=netapp.ontap.na_ontap_volume_autosize
            na_ontap_volume_clone=netapp.ontap.na_ontap_volume_clone na_ontap_vscan=netapp.ontap.na_ontap_vscan
            na_ontap_vscan_on_access_policy=netapp.ontap.na_ontap_vscan_on_access_policy
            na_ontap_vscan_on_demand_task=netapp.ontap.na_ontap_vscan_on_demand_task
            na_ontap_vscan_scanner_pool=netapp.ontap.na_ontap_vscan_scanner_pool
            na_ontap_vserver_cifs_security=netapp.ontap.na_ontap_vserver_cifs_security
            na_ontap_vserver_peer=netapp.ontap.na_ontap_vserver_peer nagios=community.general.nagios
            nclu=community.network.nclu net_banner=ansible.netcommon.net_banner net_get=ansible.netcommon.net_get
            net_interface=ansible.netcommon.net_interface net_l2_interface=ansible.netcommon.net_l2_interface
            net_l3_interface=ansible.netcommon.net_l3_interface net_linkagg=ansible.netcommon.net_linkagg
            net_lldp=ansible.netcommon.net_lldp net_lldp_interface=ansible.netcommon.net_lldp_interface
            net_logging=ansible.netcommon.net_logging net_ping=ansible.netcommon.net_ping
            net_put=ansible.netcommon.net_put net_static_route=ansible.netcommon.net_static_route
            net_system=ansible.netcommon.net_system net_user=ansible.netcommon.net_user
            net_vlan=ansible.netcommon.net_vlan net_vrf=ansible.netcommon.net_vrf
            netact_cm_command=community.network.netact_cm_command
            netapp_e_alerts=netapp_eseries.santricity.netapp_e_alerts netapp_e_amg=netapp_eseries.santricity.netapp_e_amg
            netapp_e_amg_role=netapp_eseries.santricity.netapp_e_amg_role
            netapp_e_amg_sync=netapp_eseries.santricity.netapp_e_amg_sync
            netapp_e_asup=netapp_eseries.santricity.netapp_e_asup
            netapp_e_auditlog=netapp_eseries.santricity.netapp_e_auditlog
            netapp_e_auth=netapp_eseries.santricity.netapp_e_auth
            netapp_e_drive_firmware=netapp_eseries.santricity.netapp_e_drive_firmware
            netapp_e_facts=netapp_eseries.santricity.netapp_e_facts
            netapp_e_firmware=netapp_eseries.santricity.netapp_e_firmware
            netapp_e_flashcache=netapp_eseries.santricity.netapp_e_flashcache
            netapp_e_global=netapp_eseries.santricity.netapp_e_global
            netapp_e_host=netapp_eseries.santricity.netapp_e_host
            netapp_e_hostgroup=netapp_eseries.santricity.netapp_e_hostgroup
            netapp_e_iscsi_interface=netapp_eseries.santricity.netapp_e_iscsi_interface
            netapp_e_iscsi_target=netapp_eseries.santricity.netapp_e_iscsi_target
            netapp_e_ldap=netapp_eseries.santricity.netapp_e_ldap
            netapp_e_lun_mapping=netapp_eseries.santricity.netapp_e_lun_mapping
            netapp_e_mgmt_interface=netapp_eseries.santricity.netapp_e_mgmt_interface
            netapp_e_snapshot_group=netapp_eseries.santricity.netapp_e_snapshot_group
            netapp_e_snapshot_images=netapp_eseries.santricity.netapp_e_snapshot_images
            netapp_e_snapshot_volume=netapp_eseries.santricity.netapp_e_snapshot_volume
            netapp_e_storage_system=netapp_eseries.santricity.netapp_e_storage_system
            netapp_e_storagepool=netapp_eseries.santricity.netapp_e_storagepool
            netapp_e_syslog=netapp_eseries.santricity.netapp_e_syslog
            netapp_e_volume=netapp_eseries.santricity.netapp_e_volume
            netapp_e_volume_copy=netapp_eseries.santricity.netapp_e_volume_copy netbox_device=netbox.netbox.netbox_device
            netbox_interface=netbox.netbox.plugins.modules.netbox_device_interface
            netbox_ip_address=netbox.netbox.netbox_ip_address netbox_prefix=netbox.netbox.netbox_prefix
            netbox_site=netbox.netbox.netbox_site netconf_config=ansible.netcommon.netconf_config
            netconf_get=ansible.netcommon.netconf_get netconf_rpc=ansible.netcommon.netconf_rpc
            netcup_dns=community.general.netcup_dns netscaler_cs_action=community.network.netscaler_cs_action
            netscaler_cs_policy=community.network.netscaler_cs_policy
            netscaler_cs_vserver=community.network.netscaler_cs_vserver
            netscaler_gslb_service=community.network.netscaler_gslb_service
            netscaler_gslb_site=community.network.netscaler_gslb_site
            netscaler_gslb_vserver=community.network.netscaler_gslb_vserver
            netscaler_lb_monitor=community.network.netscaler_lb_monitor
            netscaler_lb_vserver=community.network.netscaler_lb_vserver
            netscaler_nitro_request=community.network.netscaler_nitro_request
            netscaler_save_config=community.network.netscaler_save_config
            netscaler_server=community.network.netscaler_server netscaler_service=community.network.netscaler_service
            netscaler_servicegroup=community.network.netscaler_servicegroup
            netscaler_ssl_certkey=community.network.netscaler_ssl_certkey
            newrelic_deployment=community.general.newrelic_deployment nexmo=community.general.nexmo
            nginx_status_facts=community.general.nginx_status_facts nginx_status_info=community.general.nginx_status_info
            nictagadm=community.general.nictagadm nios_a_record=infoblox.nios_modules.nios_a_record
            nios_aaaa_record=infoblox.nios_modules.nios_aaaa_record
            nios_cname_record=infoblox.nios_modules.nios_cname_record nios_dns_view=infoblox.nios_modules.nios_dns_view
            nios_fixed_address=infoblox.nios_modules.nios_fixed_address
            nios_host_record=infoblox.nios_modules.nios_host_record nios_member=infoblox.nios_modules.nios_member
            nios_mx_record=infoblox.nios_modules.nios_mx_record nios_naptr_record=infoblox.nios_modules.nios_naptr_record
            nios_network=infoblox.nios_modules.nios_network nios_network_view=infoblox.nios_modules.nios_network_view
            nios_nsgroup=infoblox.nios_modules.nios_nsgroup nios_ptr_record=infoblox.nios_modules.nios_ptr_record
            nios_srv_record=infoblox.nios_modules.nios_srv_record nios_txt_record=infoblox.nios_modules.nios_txt_record
            nios_zone=infoblox.nios_modules.nios_zone nmcli=community.general.nmcli
            nos_command=community.network.nos_command nos_config=community.network.nos_config
            nos_facts=community.network.nos_facts nosh=community.general.nosh npm=community.general.npm
            nso_action=cisco.nso.nso_action nso_config=cisco.nso.nso_config nso_query=cisco.nso.nso_query
            nso_show=cisco.nso.nso_show nso_verify=cisco.nso.nso_verify nsupdate=community.general.nsupdate
            nuage_vspk=community.network.nuage_vspk nxos_aaa_server=cisco.nxos.nxos_aaa_server
            nxos_aaa_server_host=cisco.nxos.nxos_aaa_server_host nxos_acl=cisco.nxos.nxos_acl
            nxos_acl_interface=cisco.nxos.nxos_acl_interface nxos_acl_interfaces=cisco.nxos.nxos_acl_interfaces
            nxos_acls=cisco.nxos.nxos_acls nxos_banner=cisco.nxos.nxos_banner nxos_bfd_global=cisco.nxos.nxos_bfd_global
            nxos_bfd_interfaces=cisco.nxos.nxos_bfd_interfaces nxos_bgp=cisco.nxos.nxos_bgp
            nxos_bgp_af=cisco.nxos.nxos_bgp_af nxos_bgp_neighbor=cisco.nxos.nxos_bgp_neighbor
            nxos_bgp_neighbor_af=cisco.nxos.nxos_bgp_neighbor_af nxos_command=cisco.nxos.nxos_command
            nxos_config=cisco.nxos.nxos_config nxos_devicealias=cisco.nxos.nxos_devicealias
            nxos_evpn_global=cisco.nxos.nxos_evpn_global nxos_evpn_vni=cisco.nxos.nxos_evpn_vni
            nxos_facts=cisco.nxos.nxos_facts nxos_feature=cisco.nxos.nxos_feature nxos_file_copy=cisco.nxos.nxos_file_copy
            nxos_gir=cisco.nxos.nxos_gir nxos_gir_profile_management=cisco.nxos.nxos_gir_profile_management
            nxos_hsrp=cisco.nxos.nxos_hsrp nxos_hsrp_interfaces=cisco.nxos.nxos_hsrp_interfaces
            nxos_igmp=cisco.nxos.nxos_igmp nxos_igmp_interface=cisco.nxos.nxos_igmp_interface
            nxos_igmp_snooping=cisco.nxos.nxos_igmp_snooping nxos_install_os=cisco.nxos.nxos_install_os
            nxos_interface=cisco.nxos.nxos_interface nxos_interface_ospf=cisco.nxos.nxos_interface_ospf
            nxos_interfaces=cisco.nxos.nxos_interfaces nxos_l2_interface=cisco.nxos.nxos_l2_interface
            nxos_l2_interfaces=cisco.nxos.nxos_l2_interfaces nxos_l3_interface=cisco.nxos.nxos_l3_interface
            nxos_l3_interfaces=cisco.nxos.nxos_l3_interfaces nxos_lacp=cisco.nxos.nxos_lacp
            nxos_lacp_interfaces=cisco.nxos.nxos_lacp_interfaces nxos_lag_interfaces=cisco.nxos.nxos_lag_interfaces
            nxos_linkagg=cisco.nxos.nxos_linkagg nxos_lldp=cisco.nxos.nxos_lldp
            nxos_lldp_global=cisco.nxos.nxos_lldp_global nxos_lldp_interfaces=cisco.nxos.nxos_lldp_interfaces
            nxos_logging=cisco.nxos.nxos_logging nxos_ntp=cisco.nxos.nxos_ntp nxos_ntp_auth=cisco.nxos.nxos_ntp_auth
            nxos_ntp_options=cisco.nxos.nxos_ntp_options nxos_nxapi=cisco.nxos.nxos_nxapi nxos_ospf=cisco.nxos.nxos_ospf
            nxos_ospf_vrf=cisco.nxos.nxos_ospf_vrf nxos_ospfv2=cisco.nxos.nxos_ospfv2
            nxos_overlay_global=cisco.nxos.nxos_overlay_global nxos_pim=cisco.nxos.nxos_pim
            nxos_pim_interface=cisco.nxos.nxos_pim_interface nxos_pim_rp_address=cisco.nxos.nxos_pim_rp_address
            nxos_ping=cisco.nxos.nxos_ping nxos_reboot=cisco.nxos.nxos_reboot nxos_rollback=cisco.nxos.nxos_rollback
            nxos_rpm=cisco.nxos.nxos_rpm nxos_smu=cisco.nxos.nxos_smu nxos_snapshot=cisco.nxos.nxos_snapshot
            nxos_snmp_community=cisco.nxos.nxos_snmp_community nxos_snmp_contact=cisco.nxos.nxos_snmp_contact
            nxos_snmp_host=cisco.nxos.nxos_snmp_host nxos_snmp_location=cisco.nxos.nxos_snmp_location
            nxos_snmp_traps=cisco.nxos.nxos_snmp_traps nxos_snmp_user=cisco.nxos.nxos_snmp_user
            nxos_static_route=cisco.nxos.nxos_static_route nxos_static_routes=cisco.nxos.nxos_static_routes
            nxos_system=cisco.nxos.nxos_system nxos_telemetry=cisco.nxos.nxos_telemetry nxos_udld=cisco.nxos.nxos_udld
            nxos_udld_interface=cisco.nxos.nxos_udld_interface nxos_user=cisco.nxos.nxos_user
            nxos_vlan=cisco.nxos.nxos_vlan nxos_vlans=cisco.nxos.nxos_vlans nxos_vpc=cisco.nxos.nxos_vpc
            nxos_vpc_interface=cisco.nxos.nxos_vpc_interface nxos_vrf=cisco.nxos.nxos_vrf
            nxos_vrf_af=cisco.nxos.nxos_vrf_af nxos_vrf_interface=cisco.nxos.nxos_vrf_interface
            nxos_vrrp=cisco.nxos.nxos_vrrp nxos_vsan=cisco.nxos.nxos_vsan nxos_vtp_domain=cisco.nxos.nxos_vtp_domain
            nxos_vtp_password=cisco.nxos.nxos_vtp_password nxos_vtp_version=cisco.nxos.nxos_vtp_version
            nxos_vxlan_vtep=cisco.nxos.nxos_vxlan_vtep nxos_vxlan_vtep_vni=cisco.nxos.nxos_vxlan_vtep_vni
            nxos_zone_zoneset=cisco.nxos.nxos_zone_zoneset oci_vcn=community.general.oci_vcn
            office_365_connector_card=community.general.office_365_connector_card ohai=community.general.ohai
            omapi_host=community.general.omapi_host ome_device_info=dellemc.openmanage.ome_device_info
            one_host=community.general.one_host one_image=community.general.one_image
            one_image_facts=community.general.one_image_facts one_image_info=community.general.one_image_info
            one_service=community.general.one_service one_vm=community.general.one_vm
            oneandone_firewall_policy=community.general.oneandone_firewall_policy
            oneandone_load_balancer=community.general.oneandone_load_balancer
            oneandone_monitoring_policy=community.general.oneandone_monitoring_policy
            oneandone_private_network=community.general.oneandone_private_network
            oneandone_public_ip=community.general.oneandone_public_ip oneandone_server=community.general.oneandone_server
            onepassword_facts=community.general.onepassword_facts onepassword_info=community.general.onepassword_info
            oneview_datacenter_facts=community.general.oneview_datacenter_facts
            oneview_datacenter_info=community.general.oneview_datacenter_info
            oneview_enclosure_facts=community.general.oneview_enclosure_facts
            oneview_enclosure_info=community.general.oneview_enclosure_info
            oneview_ethernet_network=community.general.oneview_ethernet_network
            oneview_ethernet_network_facts=community.general.oneview_ethernet_network_facts
            oneview_ethernet_network_info=community.general.oneview_ethernet_network_info
            oneview_fc_network=community.general.oneview_fc_network
            oneview_fc_network_facts=community.general.oneview_fc_network_facts
            oneview_fc_network_info=community.general.oneview_fc_network_info
            oneview_fcoe_network=community.general.oneview_fcoe_network
            oneview_fcoe_network_facts=community.general.oneview_fcoe_network_facts
            oneview_fcoe_network_info=community.general.oneview_fcoe_network_info
            oneview_logical_interconnect_group=community.general.oneview_logical_interconnect_group
            oneview_logical_interconnect_group_facts=community.general.oneview_logical_interconnect_group_facts
            oneview_logical_interconnect_group_info=community.general.oneview_logical_interconnect_group_info
            oneview_network_set=community.general.oneview_network_set
            oneview_network_set_facts=community.general.oneview_network_set_facts
            oneview_network_set_info=community.general.oneview_network_set_info
            oneview_san_manager=community.general.oneview_san_manager
            oneview_san_manager_facts=community.general.oneview_san_manager_facts
            oneview_san_manager_info=community.general.oneview_san_manager_info
            online_server_facts=community.general.online_server_facts
            online_server_info=community.general.online_server_info online_user_facts=community.general.online_user_facts
            online_user_info=community.general.online_user_info onyx_aaa=mellanox.onyx.onyx_aaa
            onyx_bfd=mellanox.onyx.onyx_bfd onyx_bgp=mellanox.onyx.onyx_bgp
            onyx_buffer_pool=mellanox.onyx.onyx_buffer_pool onyx_command=mellanox.onyx.onyx_command
            onyx_config=mellanox.onyx.onyx_config onyx_facts=mellanox.onyx.onyx_facts onyx_igmp=mellanox.onyx.onyx_igmp
            onyx_igmp_interface=mellanox.onyx.onyx_igmp_interface onyx_igmp_vlan=mellanox.onyx.onyx_igmp_vlan
            onyx_interface=mellanox.onyx.onyx_interface onyx_l2_interface=mellanox.onyx.onyx_l2_interface
            onyx_l3_interface=mellanox.onyx.onyx_l3_interface onyx_linkagg=mellanox.onyx.onyx_linkagg
            onyx_lldp=mellanox.onyx.onyx_lldp onyx_lldp_interface=mellanox.onyx.onyx_lldp_interface
            onyx_magp=mellanox.onyx.onyx_magp onyx_mlag_ipl=mellanox.onyx.onyx_mlag_ipl
            onyx_mlag_vip=mellanox.onyx.onyx_mlag_vip onyx_ntp=mellanox.onyx.onyx_ntp
            onyx_ntp_servers_peers=mellanox.onyx.onyx_ntp_servers_peers onyx_ospf=mellanox.onyx.onyx_ospf
            onyx_pfc_interface=mellanox.onyx.onyx_pfc_interface onyx_protocol=mellanox.onyx.onyx_protocol
            onyx_ptp_global=mellanox.onyx.onyx_ptp_global onyx_ptp_interface=mellanox.onyx.onyx_ptp_interface
            onyx_qos=mellanox.onyx.onyx_qos onyx_snmp=mellanox.onyx.onyx_snmp
            onyx_snmp_hosts=mellanox.onyx.onyx_snmp_hosts onyx_snmp_users=mellanox.onyx.onyx_snmp_users
            onyx_syslog_files=mellanox.onyx.onyx_syslog_files onyx_syslog_remote=mellanox.onyx.onyx_syslog_remote
            onyx_traffic_class=mellanox.onyx.onyx_traffic_class onyx_username=mellanox.onyx.onyx_username
            onyx_vlan=mellanox.onyx.onyx_vlan onyx_vxlan=mellanox.onyx.onyx_vxlan onyx_wjh=mellanox.onyx.onyx_wjh
            open_iscsi=community.general.open_iscsi openbsd_pkg=community.general.openbsd_pkg
            opendj_backendprop=community.general.opendj_backendprop openshift_raw=kubernetes.core.openshift_raw
            openshift_scale=kubernetes.core.openshift_scale openssh_cert=community.crypto.openssh_cert
            openssh_keypair=community.crypto.openssh_keypair openssl_certificate=community.crypto.x509_certificate
            openssl_certificate_info=community.crypto.x509_certificate_info openssl_csr=community.crypto.openssl_csr
            openssl_csr_info=community.crypto.openssl_csr_info openssl_dhparam=community.crypto.openssl_dhparam
            openssl_pkcs12=community.crypto.openssl_pkcs12 openssl_privatekey=community.crypto.openssl_privatekey
            openssl_privatekey_info=community.crypto.openssl_privatekey_info
            openssl_publickey=community.crypto.openssl_publickey
            openvswitch_bridge=openvswitch.openvswitch.openvswitch_bridge
            openvswitch_db=openvswitch.openvswitch.openvswitch_db
            openvswitch_port=openvswitch.openvswitch.openvswitch_port openwrt_init=community.general.openwrt_init
            opkg=community.general.opkg opx_cps=community.network.opx_cps
            ordnance_config=community.network.ordnance_config ordnance_facts=community.network.ordnance_facts
            os_auth=openstack.cloud.auth os_client_config=openstack.cloud.config
            os_coe_cluster=openstack.cloud.coe_cluster os_coe_cluster_template=openstack.cloud.coe_cluster_template
            os_flavor_facts=openstack.cloud.os_flavor_info os_flavor_info=openstack.cloud.compute_flavor_info
            os_floating_ip=openstack.cloud.floating_ip os_group=openstack.cloud.identity_group
            os_group_info=openstack.cloud.identity_group_info os_image=openstack.cloud.image
            os_image_facts=openstack.cloud.os_image_info os_image_info=openstack.cloud.image_info
            os_ironic=openstack.cloud.baremetal_node os_ironic_inspect=openstack.cloud.baremetal_inspect
            os_ironic_node=openstack.cloud.baremetal_node_action os_keypair=openstack.cloud.keypair
            os_keystone_domain=openstack.cloud.identity_domain
            os_keystone_domain_facts=openstack.cloud.os_keystone_domain_info
            os_keystone_domain_info=openstack.cloud.identity_domain_info os_keystone_endpoint=openstack.cloud.endpoint
            os_keystone_role=openstack.cloud.identity_role os_keystone_service=openstack.cloud.catalog_service
            os_listener=openstack.cloud.lb_listener os_loadbalancer=openstack.cloud.loadbalancer
            os_member=openstack.cloud.lb_member os_network=openstack.cloud.network
            os_networks_facts=openstack.cloud.os_networks_info os_networks_info=openstack.cloud.networks_info
            os_nova_flavor=openstack.cloud.compute_flavor os_nova_host_aggregate=openstack.cloud.host_aggregate
            os_object=openstack.cloud.object os_pool=openstack.cloud.lb_pool os_port=openstack.cloud.port
            os_port_facts=openstack.cloud.os_port_info os_port_info=openstack.cloud.port_info
            os_project=openstack.cloud.project os_project_access=openstack.cloud.project_access
            os_project_facts=openstack.cloud.os_project_info os_project_info=openstack.cloud.project_info
            os_quota=openstack.cloud.quota os_recordset=openstack.cloud.recordset os_router=openstack.cloud.router
            os_security_group=openstack.cloud.security_group os_security_group_rule=openstack.cloud.security_group_rule
            os_server=openstack.cloud.server os_server_action=openstack.cloud.server_action
            os_server_facts=openstack.cloud.os_server_info os_server_group=openstack.cloud.server_group
            os_server_info=openstack.cloud.server_info os_server_metadata=openstack.cloud.server_metadata
            os_server_volume=openstack.cloud.server_volume os_stack=openstack.cloud.stack os_subnet=openstack.cloud.subnet
            os_subnets_facts=openstack.cloud.os_subnets_info os_subnets_info=openstack.cloud.subnets_info
            os_user=openstack.cloud.identity_user os_user_facts=openstack.cloud.os_user_info
            os_user_group=openstack.cloud.group_assignment os_user_info=openstack.cloud.identity_user_info
            os_user_role=openstack.cloud.role_assignment os_volume=openstack.cloud.volume
            os_volume_snapshot=openstack.cloud.volume_snapshot os_zone=openstack.cloud.dns_zone
            osx_defaults=community.general.osx_defaults osx_say=community.general.say
            ovh_ip_failover=community.general.ovh_ip_failover
            ovh_ip_loadbalancing_backend=community.general.ovh_ip_loadbalancing_backend
            ovh_monthly_billing=community.general.ovh_monthly_billing ovirt=community.general.ovirt
            ovirt_affinity_group=ovirt.ovirt.ovirt_affinity_group ovirt_affinity_label=ovirt.ovirt.ovirt_affinity_label
            ovirt_affinity_label_facts=community.general.ovirt_affinity_label_facts
            ovirt_affinity_label_info=ovirt.ovirt.ovirt_affinity_label_info
            ovirt_api_facts=community.general.ovirt_api_facts ovirt_api_info=ovirt.ovirt.ovirt_api_info
            ovirt_auth=ovirt.ovirt.ovirt_auth ovirt_cluster=ovirt.ovirt.ovirt_cluster
            ovirt_cluster_facts=community.general.ovirt_cluster_facts ovirt_cluster_info=ovirt.ovirt.ovirt_cluster_info
            ovirt_datacenter=ovirt.ovirt.ovirt_datacenter ovirt_datacenter_facts=community.general.ovirt_datacenter_facts
            ovirt_datacenter_info=ovirt.ovirt.ovirt_datacenter_info ovirt_disk=ovirt.ovirt.ovirt_disk
            ovirt_disk_facts=community.general.ovirt_disk_facts ovirt_disk_info=ovirt.ovirt.ovirt_disk_info
            ovirt_event=ovirt.ovirt.ovirt_event ovirt_event_facts=community.general.ovirt_event_facts
            ovirt_event_info=ovirt.ovirt.ovirt_event_info ovirt_external_provider=ovirt.ovirt.ovirt_external_provider
            ovirt_external_provider_facts=community.general.ovirt_external_provider_facts
            ovirt_external_provider_info=ovirt.ovirt.ovirt_external_provider_info ovirt_group=ovirt.ovirt.ovirt_group
            ovirt_group_facts=community.general.ovirt_group_facts ovirt_group_info=ovirt.ovirt.ovirt_group_info
            ovirt_host=ovirt.ovirt.ovirt_host ovirt_host_facts=community.general.ovirt_host_facts
            ovirt_host_info=ovirt.ovirt.ovirt_host_info ovirt_host_network=ovirt.ovirt.ovirt_host_network
            ovirt_host_pm=ovirt.ovirt.ovirt_host_pm ovirt_host_storage_facts=community.general.ovirt_host_storage_facts
            ovirt_host_storage_info=ovirt.ovirt.ovirt_host_storage_info
            ovirt_instance_type=ovirt.ovirt.ovirt_instance_type ovirt_job=ovirt.ovirt.ovirt_job
            ovirt_mac_pool=ovirt.ovirt.ovirt_mac_pool ovirt_network=ovirt.ovirt.ovirt_network
            ovirt_network_facts=community.general.ovirt_network_facts ovirt_network_info=ovirt.ovirt.ovirt_network_info
            ovirt_nic=ovirt.ovirt.ovirt_nic ovirt_nic_facts=community.general.ovirt_nic_facts
            ovirt_nic_info=ovirt.ovirt.ovirt_nic_info ovirt_permission=ovirt.ovirt.ovirt_permission
            ovirt_permission_facts=community.general.ovirt_permission_facts
            ovirt_permission_info=ovirt.ovirt.ovirt_permission_info ovirt_quota=ovirt.ovirt.ovirt_quota
            ovirt_quota_facts=community.general.ovirt_quota_facts ovirt_quota_info=ovirt.ovirt.ovirt_quota_info
            ovirt_role=ovirt.ovirt.ovirt_role
            ovirt_scheduling_policy_facts=community.general.ovirt_scheduling_policy_facts
            ovirt_scheduling_policy_info=ovirt.ovirt.ovirt_scheduling_policy_info
            ovirt_snapshot=ovirt.ovirt.ovirt_snapshot ovirt_snapshot_facts=community.general.ovirt_snapshot_facts
            ovirt_snapshot_info=ovirt.ovirt.ovirt_snapshot_info
            ovirt_storage_connection=ovirt.ovirt.ovirt_storage_connection
            ovirt_storage_domain=ovirt.ovirt.ovirt_storage_domain
            ovirt_storage_domain_facts=community.general.ovirt_storage_domain_facts
            ovirt_storage_domain_info=ovirt.ovirt.ovirt_storage_domain_info
            ovirt_storage_template_facts=community.general.ovirt_storage_template_facts
            ovirt_storage_template_info=ovirt.ovirt.ovirt_storage_template_info
            ovirt_storage_vm_facts=community.general.ovirt_storage_vm_facts
            ovirt_storage_vm_info=ovirt.ovirt.ovirt_storage_vm_info ovirt_tag=ovirt.ovirt.ovirt_tag
            ovirt_tag_facts=community.general.ovirt_tag_facts ovirt_tag_info=ovirt.ovirt.ovirt_tag_info
            ovirt_template=ovirt.ovirt.ovirt_template ovirt_template_facts=community.general.ovirt_template_facts
            ovirt_template_info=ovirt.ovirt.ovirt_template_info ovirt_user=ovirt.ovirt.ovirt_user
            ovirt_user_facts=community.general.ovirt_user_facts ovirt_user_info=ovirt.ovirt.ovirt_user_info
            ovirt_vm=ovirt.ovirt.ovirt_vm ovirt_vm_facts=community.general.ovirt_vm_facts
            ovirt_vm_info=ovirt.ovirt.ovirt_vm_info ovirt_vmpool=ovirt.ovirt.ovirt_vmpool
            ovirt_vmpool_facts=community.general.ovirt_vmpool_facts ovirt_vmpool_info=ovirt.ovirt.ovirt_vmpool_info
            ovirt_vnic_profile=ovirt.ovirt.ovirt_vnic_profile ovirt_vnic_profile_info=ovirt.ovirt.ovirt_vnic_profile_info
            pacemaker_cluster=community.general.pacemaker_cluster packet_device=community.general.packet_device
            packet_ip_subnet=community.general.packet_ip_subnet packet_project=community.general.packet_project
            packet_sshkey=community.general.packet_sshkey packet_volume=community.general.packet_volume
            packet_volume_attachment=community.general.packet_volume_attachment pacman=community.general.pacman
            pagerduty=community.general.pagerduty pagerduty_alert=community.general.pagerduty_alert
            pam_limits=community.general.pam_limits pamd=community.general.pamd panos_admin=community.network.panos_admin
            panos_admpwd=community.network.panos_admpwd panos_cert_gen_ssh=community.network.panos_cert_gen_ssh
            panos_check=community.network.panos_check panos_commit=community.network.panos_commit
            panos_dag=community.network.panos_dag panos_dag_tags=community.network.panos_dag_tags
            panos_import=community.network.panos_import panos_interface=community.network.panos_interface
            panos_lic=community.network.panos_lic panos_loadcfg=community.network.panos_loadcfg
            panos_match_rule=community.network.panos_match_rule panos_mgtconfig=community.network.panos_mgtconfig
            panos_nat_rule=community.network.panos_nat_rule panos_object=community.network.panos_object
            panos_op=community.network.panos_op panos_pg=community.network.panos_pg
            panos_query_rules=community.network.panos_query_rules panos_restart=community.network.panos_restart
            panos_sag=community.network.panos_sag panos_security_rule=community.network.panos_security_rule
            panos_set=community.network.panos_set parted=community.general.parted patch=ansible.posix.patch
            pear=community.general.pear pids=community.general.pids pingdom=community.general.pingdom
            pip_package_info=community.general.pip_package_info pkg5=community.general.pkg5
            pkg5_publisher=community.general.pkg5_publisher pkgin=community.general.pkgin pkgng=community.general.pkgng
            pkgutil=community.general.pkgutil pn_access_list=community.network.pn_access_list
            pn_access_list_ip=community.network.pn_access_list_ip pn_admin_service=community.network.pn_admin_service
            pn_admin_session_timeout=community.network.pn_admin_session_timeout
            pn_admin_syslog=community.network.pn_admin_syslog pn_cluster=community.network.pn_cluster
            pn_connection_stats_settings=community.network.pn_connection_stats_settings
            pn_cpu_class=community.network.pn_cpu_class pn_cpu_mgmt_class=community.network.pn_cpu_mgmt_class
            pn_dhcp_filter=community.network.pn_dhcp_filter pn_dscp_map=community.network.pn_dscp_map
            pn_dscp_map_pri_map=community.network.pn_dscp_map_pri_map pn_fabric_local=community.network.pn_fabric_local
            pn_igmp_snooping=community.network.pn_igmp_snooping
            pn_ipv6security_raguard=community.network.pn_ipv6security_raguard
            pn_ipv6security_raguard_port=community.network.pn_ipv6security_raguard_port
            pn_ipv6security_raguard_vlan=community.network.pn_ipv6security_raguard_vlan
            pn_log_audit_exception=community.network.pn_log_audit_exception pn_ospf=community.network.pn_ospf
            pn_ospfarea=community.network.pn_ospfarea pn_port_config=community.network.pn_port_config
            pn_port_cos_bw=community.network.pn_port_cos_bw
            pn_port_cos_rate_setting=community.network.pn_port_cos_rate_setting
            pn_prefix_list=community.network.pn_prefix_list
            pn_prefix_list_network=community.network.pn_prefix_list_network pn_role=community.network.pn_role
            pn_show=community.network.pn_show pn_snmp_community=community.network.pn_snmp_community
            pn_snmp_trap_sink=community.network.pn_snmp_trap_sink pn_snmp_vacm=community.network.pn_snmp_vacm
            pn_stp=community.network.pn_stp pn_stp_port=community.network.pn_stp_port
            pn_switch_setup=community.network.pn_switch_setup pn_trunk=community.network.pn_trunk
            pn_user=community.network.pn_user pn_vflow_table_profile=community.network.pn_vflow_table_profile
            pn_vlag=community.network.pn_vlag pn_vlan=community.network.pn_vlan pn_vrouter=community.network.pn_vrouter
            pn_vrouter_bgp=community.network.pn_vrouter_bgp
            pn_vrouter_bgp_network=community.network.pn_vrouter_bgp_network
            pn_vrouter_interface_ip=community.network.pn_vrouter_interface_ip
            pn_vrouter_loopback_interface=community.network.pn_vrouter_loopback_interface
            pn_vrouter_ospf=community.network.pn_vrouter_ospf pn_vrouter_ospf6=community.network.pn_vrouter_ospf6
            pn_vrouter_packet_relay=community.network.pn_vrouter_packet_relay
            pn_vrouter_pim_config=community.network.pn_vrouter_pim_config pn_vrouterbgp=community.network.pn_vrouterbgp
            pn_vrouterif=community.network.pn_vrouterif pn_vrouterlbif=community.network.pn_vrouterlbif
            pn_vtep=community.network.pn_vtep podman_container_info=containers.podman.podman_container_info
            podman_image=containers.podman.podman_image podman_image_info=containers.podman.podman_image_info
            podman_volume_info=containers.podman.podman_volume_info portage=community.general.portage
            portinstall=community.general.portinstall postgresql_copy=community.postgresql.postgresql_copy
            postgresql_db=community.postgresql.postgresql_db postgresql_ext=community.postgresql.postgresql_ext
            postgresql_idx=community.postgresql.postgresql_idx postgresql_info=community.postgresql.postgresql_info
            postgresql_lang=community.postgresql.postgresql_lang
            postgresql_membership=community.postgresql.postgresql_membership
            postgresql_owner=community.postgresql.postgresql_owner
            postgresql_pg_hba=community.postgresql.postgresql_pg_hba postgresql_ping=community.postgresql.postgresql_ping
            postgresql_privs=community.postgresql.postgresql_privs
            postgresql_publication=community.postgresql.postgresql_publication
            postgresql_query=community.postgresql.postgresql_query
            postgresql_schema=community.postgresql.postgresql_schema
            postgresql_sequence=community.postgresql.postgresql_sequence
            postgresql_set=community.postgresql.postgresql_set postgresql_slot=community.postgresql.postgresql_slot
            postgresql_subscription=community.postgresql.postgresql_subscription
            postgresql_table=community.postgresql.postgresql_table
            postgresql_tablespace=community.postgresql.postgresql_tablespace
            postgresql_user=community.postgresql.postgresql_user
            postgresql_user_obj_stat_info=community.postgresql.postgresql_user_obj_stat_info
            profitbricks=community.general.profitbricks profitbricks_datacenter=community.general.profitbricks_datacenter
            profitbricks_nic=community.general.profitbricks_nic profitbricks_volume=community.general.profitbricks_volume
            profitbricks_volume_attachments=community.general.profitbricks_volume_attachments
            proxmox=community.proxmox.proxmox proxmox_kvm=community.proxmox.proxmox_kvm
            proxmox_template=community.proxmox.proxmox_template
            proxysql_backend_servers=community.proxysql.proxysql_backend_servers
            proxysql_global_variables=community.proxysql.proxysql_global_variables
            proxysql_manage_config=community.proxysql.proxysql_manage_config
            proxysql_mysql_users=community.proxysql.proxysql_mysql_users
            proxysql_query_rules=community.proxysql.proxysql_query_rules
            proxysql_replication_hostgroups=community.proxysql.proxysql_replication_hostgroups
            proxysql_scheduler=community.proxysql.proxysql_scheduler psexec=community.windows.psexec
            pubnub_blocks=community.general.pubnub_blocks pulp_repo=community.general.pulp_repo
            puppet=community.general.puppet purefa_alert=purestorage.flasharray.purefa_alert
            purefa_arrayname=purestorage.flasharray.purefa_arrayname purefa_banner=purestorage.flasharray.purefa_banner
            purefa_connect=purestorage.flasharray.purefa_connect purefa_dns=purestorage.flasharray.purefa_dns
            purefa_ds=purestorage.flasharray.purefa_ds purefa_dsrole=purestorage.flasharray.purefa_dsrole
            purefa_facts=community.general.purefa_facts purefa_hg=purestorage.flasharray.purefa_hg
            purefa_host=purestorage.flasharray.purefa_host purefa_info=purestorage.flasharray.purefa_info
            purefa_ntp=purestorage.flasharray.purefa_ntp purefa_offload=purestorage.flasharray.purefa_offload
            purefa_pg=purestorage.flasharray.purefa_pg purefa_pgsnap=purestorage.flasharray.purefa_pgsnap
            purefa_phonehome=purestorage.flasharray.purefa_phonehome purefa_ra=purestorage.flasharray.purefa_ra
            purefa_smtp=purestorage.flasharray.purefa_smtp purefa_snap=purestorage.flasharray.purefa_snap
            purefa_snmp=purestorage.flasharray.purefa_snmp purefa_syslog=purestorage.flasharray.purefa_syslog
            purefa_user=purestorage.flasharray.purefa_user purefa_vg=purestorage.flasharray.purefa_vg
            purefa_volume=purestorage.flasharray.purefa_volume purefb_bucket=purestorage.flashblade.purefb_bucket
            purefb_ds=purestorage.flashblade.purefb_ds purefb_dsrole=purestorage.flashblade.purefb_dsrole
            purefb_facts=community.general.purefb_facts purefb_fs=purestorage.flashblade.purefb_fs
            purefb_info=purestorage.flashblade.purefb_info purefb_network=purestorage.flashblade.purefb_network
            purefb_ra=purestorage.flashblade.purefb_ra purefb_s3acc=purestorage.flashblade.purefb_s3acc
            purefb_s3user=purestorage.flashblade.purefb_s3user purefb_smtp=purestorage.flashblade.purefb_smtp
            purefb_snap=purestorage.flashblade.purefb_snap purefb_subnet=purestorage.flashblade.purefb_subnet
            pushbullet=community.general.pushbullet pushover=community.general.pushover
            python_requirements_facts=community.general.python_requirements_facts
            python_requirements_info=community.general.python_requirements_info
            rabbitmq_binding=community.rabbitmq.rabbitmq_binding rabbitmq_exchange=community.rabbitmq.rabbitmq_exchange
            rabbitmq_global_parameter=community.rabbitmq.rabbitmq_global_parameter
            rabbitmq_parameter=community.rabbitmq.rabbitmq_parameter rabbitmq_plugin=community.rabbitmq.rabbitmq_plugin
            rabbitmq_policy=community.rabbitmq.rabbitmq_policy rabbitmq_publish=community.rabbitmq.rabbitmq_publish
            rabbitmq_queue=community.rabbitmq.rabbitmq_queue rabbitmq_user=community.rabbitmq.rabbitmq_user
            rabbitmq_vhost=community.rabbitmq.rabbitmq_vhost
            rabbitmq_vhost_limits=community.rabbitmq.rabbitmq_vhost_limits rax=community.general.rax
            rax_cbs=community.general.rax_cbs rax_cbs_attachments=community.general.rax_cbs_attachments
            rax_cdb=community.general.rax_cdb rax_cdb_database=community.general.rax_cdb_database
            rax_cdb_user=community.general.rax_cdb_user rax_clb=community.general.rax_clb
            rax_clb_nodes=community.general.rax_clb_nodes rax_clb_ssl=community.general.rax_clb_ssl
            rax_dns=community.general.rax_dns rax_dns_record=community.general.rax_dns_record
            rax_facts=community.general.rax_facts rax_files=community.general.rax_files
            rax_files_objects=community.general.rax_files_objects rax_identity=community.general.rax_identity
            rax_keypair=community.general.rax_keypair rax_meta=community.general.rax_meta
            rax_mon_alarm=community.general.rax_mon_alarm rax_mon_check=community.general.rax_mon_check
            rax_mon_entity=community.general.rax_mon_entity rax_mon_notification=community.general.rax_mon_notification
            rax_mon_notification_plan=community.general.rax_mon_notification_plan
            rax_network=community.general.rax_network rax_queue=community.general.rax_queue
            rax_scaling_group=community.general.rax_scaling_group rax_scaling_policy=community.general.rax_scaling_policy
            rds=community.aws.rds rds_instance=amazon.aws.rds_instance rds_instance_facts=community.aws.rds_instance_facts
            rds_instance_info=amazon.aws.rds_instance_info rds_param_group=amazon.aws.rds_param_group
            rds_snapshot=community.aws.rds_snapshot rds_snapshot_facts=community.aws.rds_snapshot_facts
            rds_snapshot_info=amazon.aws.rds_snapshot_info rds_subnet_group=amazon.aws.rds_subnet_group
            read_csv=community.general.read_csv redfish_command=community.general.redfish_command
            redfish_config=community.general.redfish_config redfish_facts=community.general.redfish_facts
            redfish_info=community.general.redfish_info redhat_subscription=community.general.redhat_subscription
            redis=community.general.redis redshift=community.aws.redshift
            redshift_cross_region_snapshots=community.aws.redshift_cross_region_snapshots
            redshift_facts=community.aws.redshift_facts redshift_info=community.aws.redshift_info
            redshift_subnet_group=community.aws.redshift_subnet_group restconf_config=ansible.netcommon.restconf_config
            restconf_get=ansible.netcommon.restconf_get rhevm=community.general.rhevm
            rhn_channel=community.general.rhn_channel rhn_register=community.general.rhn_register
            rhsm_release=community.general.rhsm_release rhsm_repository=community.general.rhsm_repository
            riak=community.general.riak rocketchat=community.general.rocketchat
            rollbar_deployment=community.general.rollbar_deployment route53=amazon.aws.route53
            route53_facts=community.aws.route53_facts route53_health_check=amazon.aws.route53_health_check
            route53_info=amazon.aws.route53_info route53_zone=amazon.aws.route53_zone
            routeros_command=community.routeros.command routeros_facts=community.routeros.facts
            rundeck_acl_policy=community.general.rundeck_acl_policy rundeck_project=community.general.rundeck_project
            runit=community.general.runit s3_bucket=amazon.aws.s3_bucket
            s3_bucket_notification=community.aws.s3_bucket_notification s3_lifecycle=community.aws.s3_lifecycle
            s3_logging=community.aws.s3_logging s3_sync=community.aws.s3_sync s3_website=community.aws.s3_website
            say=community.general.say scaleway_compute=community.general.scaleway_compute
            scaleway_image_facts=community.general.scaleway_image_facts
            scaleway_image_info=community.general.scaleway_image_info scaleway_ip=community.general.scaleway_ip
            scaleway_ip_facts=community.general.scaleway_ip_facts scaleway_ip_info=community.general.scaleway_ip_info
            scaleway_lb=community.general.scaleway_lb
            scaleway_organization_facts=community.general.scaleway_organization_facts
            scaleway_organization_info=community.general.scaleway_organization_info
            scaleway_security_group=community.general.scaleway_security_group
            scaleway_security_group_facts=community.general.scaleway_security_group_facts
            scaleway_security_group_info=community.general.scaleway_security_group_info
            scaleway_security_group_rule=community.general.scaleway_security_group_rule
            scaleway_server_facts=community.general.scaleway_server_facts
            scaleway_server_info=community.general.scaleway_server_info
            scaleway_snapshot_facts=community.general.scaleway_snapshot_facts
            scaleway_snapshot_info=community.general.scaleway_snapshot_info
            scaleway_sshkey=community.general.scaleway_sshkey scaleway_user_data=community.general.scaleway_user_data
            scaleway_volume=community.general.scaleway_volume
            scaleway_volume_facts=community.general.scaleway_volume_facts
            scaleway_volume_info=community.general.scaleway_volume_info seboolean=ansible.posix.seboolean
            sefcontext=community.general.sefcontext selinux=ansible.posix.selinux
            selinux_permissive=community.general.selinux_permissive selogin=community.general.selogin
            sendgrid=community.general.sendgrid sensu_check=community.general.sensu_check
            sensu_client=community.general.sensu_client sensu_handler=community.general.sensu_handler
            sensu_silence=community.general.sensu_silence sensu_subscription=community.general.sensu_subscription
            seport=community.general.seport serverless=community.general.serverless setup.ps1=ansible.windows.setup
            sf_account_manager=community.general.sf_account_manager
            sf_check_connections=community.general.sf_check_connections
            sf_snapshot_schedule_manager=community.general.sf_snapshot_schedule_manager
            sf_volume_access_group_manager=community.general.sf_volume_access_group_manager
            sf_volume_manager=community.general.sf_volume_manager skydive_capture=community.skydive.skydive_capture
            skydive_edge=community.skydive.skydive_edge skydive_node=community.skydive.skydive_node
            sl_vm=community.general.sl_vm slack=community.general.slack slackpkg=community.general.slackpkg
            slurp.ps1=ansible.windows.slurp slxos_command=community.network.slxos_command
            slxos_config=community.network.slxos_config slxos_facts=community.network.slxos_facts
            slxos_interface=community.network.slxos_interface slxos_l2_interface=community.network.slxos_l2_interface
            slxos_l3_interface=community.network.slxos_l3_interface slxos_linkagg=community.network.slxos_linkagg
            slxos_lldp=community.network.slxos_lldp slxos_vlan=community.network.slxos_vlan
            smartos_image_facts=community.general.smartos_image_facts
            smartos_image_info=community.general.smartos_image_info snap=community.general.snap
            snmp_facts=community.general.snmp_facts snow_record=servicenow.servicenow.snow_record
            snow_record_find=servicenow.servicenow.snow_record_find sns=community.aws.sns
            sns_topic=community.aws.sns_topic solaris_zone=community.general.solaris_zone
            sorcery=community.general.sorcery spectrum_device=community.general.spectrum_device
            spotinst_aws_elastigroup=community.general.spotinst_aws_elastigroup sqs_queue=community.aws.sqs_queue
            sros_command=community.network.sros_command sros_config=community.network.sros_config
            sros_rollback=community.network.sros_rollback ss_3par_cpg=community.general.ss_3par_cpg
            stackdriver=community.general.stackdriver stacki_host=community.general.stacki_host
            statusio_maintenance=community.general.statusio_maintenance sts_assume_role=amazon.aws.sts_assume_role
            sts_session_token=community.aws.sts_session_token supervisorctl=community.general.supervisorctl
            svc=community.general.svc svr4pkg=community.general.svr4pkg swdepot=community.general.swdepot
            swupd=community.general.swupd synchronize=ansible.posix.synchronize sysctl=ansible.posix.sysctl
            syslogger=community.general.syslogger syspatch=community.general.syspatch
            taiga_issue=community.general.taiga_issue telegram=community.general.telegram telnet=ansible.netcommon.telnet
            terraform=community.general.terraform timezone=community.general.timezone
            tower_credential=awx.awx.tower_credential tower_credential_type=awx.awx.tower_credential_type
            tower_group=awx.awx.tower_group tower_host=awx.awx.tower_host tower_inventory=awx.awx.tower_inventory
            tower_inventory_source=awx.awx.tower_inventory_source tower_job_cancel=awx.awx.tower_job_cancel
            tower_job_launch=awx.awx.tower_job_launch tower_job_list=awx.awx.tower_job_list
            tower_job_template=awx.awx.tower_job_template tower_job_wait=awx.awx.tower_job_wait
            tower_label=awx.awx.tower_label tower_notification=awx.awx.tower_notification
            tower_organization=awx.awx.tower_organization tower_project=awx.awx.tower_project
            tower_receive=awx.awx.tower_receive tower_role=awx.awx.tower_role tower_send=awx.awx.tower_send
            tower_settings=awx.awx.tower_settings tower_team=awx.awx.tower_team tower_user=awx.awx.tower_user
            tower_workflow_launch=awx.awx.tower_workflow_launch tower_workflow_template=awx.awx.tower_workflow_template
            twilio=community.general.twilio typetalk=community.general.typetalk
            ucs_disk_group_policy=cisco.ucs.ucs_disk_group_policy ucs_dns_server=cisco.ucs.ucs_dns_server
            ucs_ip_pool=cisco.ucs.ucs_ip_pool ucs_lan_connectivity=cisco.ucs.ucs_lan_connectivity
            ucs_mac_pool=cisco.ucs.ucs_mac_pool ucs_managed_objects=cisco.ucs.ucs_managed_objects
            ucs_ntp_server=cisco.ucs.ucs_ntp_server ucs_org=cisco.ucs.ucs_org ucs_query=cisco.ucs.ucs_query
            ucs_san_connectivity=cisco.ucs.ucs_san_connectivity
            ucs_service_profile_template=cisco.ucs.ucs_service_profile_template
            ucs_storage_profile=cisco.ucs.ucs_storage_profile ucs_timezone=cisco.ucs.ucs_timezone
            ucs_uuid_pool=cisco.ucs.ucs_uuid_pool ucs_vhba_template=cisco.ucs.ucs_vhba_template
            ucs_vlan_find=cisco.ucs.ucs_vlan_find ucs_vlans=cisco.ucs.ucs_vlans
            ucs_vnic_template=cisco.ucs.ucs_vnic_template ucs_vsans=cisco.ucs.ucs_vsans
            ucs_wwn_pool=cisco.ucs.ucs_wwn_pool udm_dns_record=community.general.udm_dns_record
            udm_dns_zone=community.general.udm_dns_zone udm_group=community.general.udm_group
            udm_share=community.general.udm_share udm_user=community.general.udm_user ufw=community.general.ufw
            uptimerobot=community.general.uptimerobot urpmi=community.general.urpmi
            utm_aaa_group=community.general.utm_aaa_group utm_aaa_group_info=community.general.utm_aaa_group_info
            utm_ca_host_key_cert=community.general.utm_ca_host_key_cert
            utm_ca_host_key_cert_info=community.general.utm_ca_host_key_cert_info
            utm_dns_host=community.general.utm_dns_host
            utm_network_interface_address=community.general.utm_network_interface_address
            utm_network_interface_address_info=community.general.utm_network_interface_address_info
            utm_proxy_auth_profile=community.general.utm_proxy_auth_profile
            utm_proxy_exception=community.general.utm_proxy_exception
            utm_proxy_frontend=community.general.utm_proxy_frontend
            utm_proxy_frontend_info=community.general.utm_proxy_frontend_info
            utm_proxy_location=community.general.utm_proxy_location
            utm_proxy_location_info=community.general.utm_proxy_location_info vca_fw=community.vmware.vca_fw
            vca_nat=community.vmware.vca_nat vca_vapp=community.vmware.vca_vapp
            vcenter_extension=community.vmware.vcenter_extension
            vcenter_extension_facts=community.vmware.vcenter_extension_facts
            vcenter_extension_info=community.vmware.vcenter_extension_info vcenter_folder=community.vmware.vcenter_folder
            vcenter_license=community.vmware.vcenter_license vdirect_commit=community.network.vdirect_commit
            vdirect_file=community.network.vdirect_file vdirect_runnable=community.network.vdirect_runnable
            vdo=community.general.vdo vertica_configuration=community.general.vertica_configuration
            vertica_facts=community.general.vertica_facts vertica_info=community.general.vertica_info
            vertica_role=community.general.vertica_role vertica_schema=community.general.vertica_schema
            vertica_user=community.general.vertica_user vexata_eg=community.general.vexata_eg
            vexata_volume=community.general.vexata_volume virt=community.libvirt.virt virt_net=community.libvirt.virt_net
            virt_pool=community.libvirt.virt_pool vmadm=community.general.vmadm
            vmware_about_facts=community.vmware.vmware_about_facts vmware_about_info=community.vmware.vmware_about_info
            vmware_appliance_access_info=vmware.vmware_rest.vmware_appliance_access_info
            vmware_appliance_health_info=vmware.vmware_rest.vmware_appliance_health_info
            vmware_category=community.vmware.vmware_category vmware_category_facts=community.vmware.vmware_category_facts
            vmware_category_info=community.vmware.vmware_category_info
            vmware_cfg_backup=community.vmware.vmware_cfg_backup
            vmware_cis_category_info=vmware.vmware_rest.vmware_cis_category_info
            vmware_cluster=community.vmware.vmware_cluster vmware_cluster_drs=community.vmware.vmware_cluster_drs
            vmware_cluster_facts=community.vmware.vmware_cluster_facts
            vmware_cluster_ha=community.vmware.vmware_cluster_ha vmware_cluster_info=community.vmware.vmware_cluster_info
            vmware_cluster_vsan=community.vmware.vmware_cluster_vsan
            vmware_content_deploy_template=community.vmware.vmware_content_deploy_template
            vmware_content_library_info=community.vmware.vmware_content_library_info
            vmware_content_library_manager=community.vmware.vmware_content_library_manager
            vmware_core_info=vmware.vmware_rest.vmware_core_info vmware_datacenter=community.vmware.vmware_datacenter
            vmware_datastore_cluster=community.vmware.vmware_datastore_cluster
            vmware_datastore_facts=community.vmware.vmware_datastore_facts
            vmware_datastore_info=community.vmware.vmware_datastore_info
            vmware_datastore_maintenancemode=community.vmware.vmware_datastore_maintenancemode
            vmware_deploy_ovf=community.vmware.vmware_deploy_ovf vmware_dns_config=community.vmware.vmware_dns_config
            vmware_drs_group=community.vmware.vmware_drs_group
            vmware_drs_group_facts=community.vmware.vmware_drs_group_facts
            vmware_drs_group_info=community.vmware.vmware_drs_group_info
            vmware_drs_rule_facts=community.vmware.vmware_drs_rule_facts
            vmware_drs_rule_info=community.vmware.vmware_drs_rule_info vmware_dvs_host=community.vmware.vmware_dvs_host
            vmware_dvs_portgroup=community.vmware.vmware_dvs_portgroup
            vmware_dvs_portgroup_facts=community.vmware.vmware_dvs_portgroup_facts
            vmware_dvs_portgroup_find=community.vmware.vmware_dvs_portgroup_find
            vmware_dvs_portgroup_info=community.vmware.vmware_dvs_portgroup_info
            vmware_dvswitch=community.vmware.vmware_dvswitch vmware_dvswitch_lacp=community.vmware.vmware_dvswitch_lacp
            vmware_dvswitch_nioc=community.vmware.vmware_dvswitch_nioc
            vmware_dvswitch_pvlans=community.vmware.vmware_dvswitch_pvlans
            vmware_dvswitch_uplink_pg=community.vmware.vmware_dvswitch_uplink_pg
            vmware_evc_mode=community.vmware.vmware_evc_mode vmware_export_ovf=community.vmware.vmware_export_ovf
            vmware_folder_info=community.vmware.vmware_folder_info vmware_guest=community.vmware.vmware_guest
            vmware_guest_boot_facts=community.vmware.vmware_guest_boot_facts
            vmware_guest_boot_info=community.vmware.vmware_guest_boot_info
            vmware_guest_boot_manager=community.vmware.vmware_guest_boot_manager
            vmware_guest_controller=community.vmware.vmware_guest_controller
            vmware_guest_cross_vc_clone=community.vmware.vmware_guest_cross_vc_clone
            vmware_guest_custom_attribute_defs=community.vmware.vmware_guest_custom_attribute_defs
            vmware_guest_custom_attributes=community.vmware.vmware_guest_custom_attributes
            vmware_guest_customization_facts=community.vmware.vmware_guest_customization_facts
            vmware_guest_customization_info=community.vmware.vmware_guest_customization_info
            vmware_guest_disk=community.vmware.vmware_guest_disk
            vmware_guest_disk_facts=community.vmware.vmware_guest_disk_facts
            vmware_guest_disk_info=community.vmware.vmware_guest_disk_info
            vmware_guest_facts=community.vmware.vmware_guest_facts
            vmware_guest_file_operation=community.vmware.vmware_guest_file_operation
            vmware_guest_find=community.vmware.vmware_guest_find vmware_guest_info=community.vmware.vmware_guest_info
            vmware_guest_move=community.vmware.vmware_guest_move
            vmware_guest_network=community.vmware.vmware_guest_network
            vmware_guest_powerstate=community.vmware.vmware_guest_powerstate
            vmware_guest_register_operation=community.vmware.vmware_guest_register_operation
            vmware_guest_screenshot=community.vmware.vmware_guest_screenshot
            vmware_guest_sendkey=community.vmware.vmware_guest_sendkey
            vmware_guest_serial_port=community.vmware.vmware_guest_serial_port
            vmware_guest_snapshot=community.vmware.vmware_guest_snapshot
            vmware_guest_snapshot_facts=community.vmware.vmware_guest_snapshot_facts
            vmware_guest_snapshot_info=community.vmware.vmware_guest_snapshot_info
            vmware_guest_tools_info=community.vmware.vmware_guest_tools_info
            vmware_guest_tools_upgrade=community.vmware.vmware_guest_tools_upgrade
            vmware_guest_tools_wait=community.vmware.vmware_guest_tools_wait
            vmware_guest_video=community.vmware.vmware_guest_video vmware_guest_vnc=community.vmware.vmware_guest_vnc
            vmware_host=community.vmware.vmware_host vmware_host_acceptance=community.vmware.vmware_host_acceptance
            vmware_host_active_directory=community.vmware.vmware_host_active_directory
            vmware_host_auto_start=community.vmware.vmware_host_auto_start
            vmware_host_capability_facts=community.vmware.vmware_host_capability_facts
            vmware_host_capability_info=community.vmware.vmware_host_capability_info
            vmware_host_config_facts=community.vmware.vmware_host_config_facts
            vmware_host_config_info=community.vmware.vmware_host_config_info
            vmware_host_config_manager=community.vmware.vmware_host_config_manager
            vmware_host_datastore=community.vmware.vmware_host_datastore vmware_host_dns=community.vmware.vmware_host_dns
            vmware_host_dns_facts=community.vmware.vmware_host_dns_facts
            vmware_host_dns_info=community.vmware.vmware_host_dns_info
            vmware_host_facts=community.vmware.vmware_host_facts
            vmware_host_feature_facts=community.vmware.vmware_host_feature_facts
            vmware_host_feature_info=community.vmware.vmware_host_feature_info
            vmware_host_firewall_facts=community.vmware.vmware_host_firewall_facts
            vmware_host_firewall_info=community.vmware.vmware_host_firewall_info
            vmware_host_firewall_manager=community.vmware.vmware_host_firewall_manager
            vmware_host_hyperthreading=community.vmware.vmware_host_hyperthreading
            vmware_host_ipv6=community.vmware.vmware_host_ipv6
            vmware_host_kernel_manager=community.vmware.vmware_host_kernel_manager
            vmware_host_lockdown=community.vmware.vmware_host_lockdown vmware_host_ntp=community.vmware.vmware_host_ntp
            vmware_host_ntp_facts=community.vmware.vmware_host_ntp_facts
            vmware_host_ntp_info=community.vmware.vmware_host_ntp_info
            vmware_host_package_facts=community.vmware.vmware_host_package_facts
            vmware_host_package_info=community.vmware.vmware_host_package_info
            vmware_host_powermgmt_policy=community.vmware.vmware_host_powermgmt_policy
            vmware_host_powerstate=community.vmware.vmware_host_powerstate
            vmware_host_scanhba=community.vmware.vmware_host_scanhba
            vmware_host_service_facts=community.vmware.vmware_host_service_facts
            vmware_host_service_info=community.vmware.vmware_host_service_info
            vmware_host_service_manager=community.vmware.vmware_host_service_manager
            vmware_host_snmp=community.vmware.vmware_host_snmp
            vmware_host_ssl_facts=community.vmware.vmware_host_ssl_facts
            vmware_host_ssl_info=community.vmware.vmware_host_ssl_info
            vmware_host_vmhba_facts=community.vmware.vmware_host_vmhba_facts
            vmware_host_vmhba_info=community.vmware.vmware_host_vmhba_info
            vmware_host_vmnic_facts=community.vmware.vmware_host_vmnic_facts
            vmware_host_vmnic_info=community.vmware.vmware_host_vmnic_info
            vmware_local_role_facts=community.vmware.vmware_local_role_facts
            vmware_local_role_info=community.vmware.vmware_local_role_info
            vmware_local_role_manager=community.vmware.vmware_local_role_manager
            vmware_local_user_facts=community.vmware.vmware_local_user_facts
            vmware_local_user_info=community.vmware.vmware_local_user_info
            vmware_local_user_manager=community.vmware.vmware_local_user_manager
            vmware_maintenancemode=community.vmware.vmware_maintenancemode
            vmware_migrate_vmk=community.vmware.vmware_migrate_vmk
            vmware_object_role_permission=community.vmware.vmware_object_role_permission
            vmware_portgroup=community.vmware.vmware_portgroup
            vmware_portgroup_facts=community.vmware.vmware_portgroup_facts
            vmware_portgroup_info=community.vmware.vmware_portgroup_info
            vmware_resource_pool=community.vmware.vmware_resource_pool
            vmware_resource_pool_facts=community.vmware.vmware_resource_pool_facts
            vmware_resource_pool_info=community.vmware.vmware_resource_pool_info vmware_tag=community.vmware.vmware_tag
            vmware_tag_facts=community.vmware.vmware_tag_facts vmware_tag_info=community.vmware.vmware_tag_info
            vmware_tag_manager=community.vmware.vmware_tag_manager
            vmware_target_canonical_facts=community.vmware.vmware_target_canonical_facts
            vmware_target_canonical_info=community.vmware.vmware_target_canonical_info
            vmware_vcenter_settings=community.vmware.vmware_vcenter_settings
            vmware_vcenter_statistics=community.vmware.vmware_vcenter_statistics
            vmware_vm_facts=community.vmware.vmware_vm_facts
            vmware_vm_host_drs_rule=community.vmware.vmware_vm_host_drs_rule
            vmware_vm_info=community.vmware.vmware_vm_info vmware_vm_shell=community.vmware.vmware_vm_shell
            vmware_vm_storage_policy_info=community.vmware.vmware_vm_storage_policy_info
            vmware_vm_vm_drs_rule=community.vmware.vmware_vm_vm_drs_rule
            vmware_vm_vss_dvs_migrate=community.vmware.vmware_vm_vss_dvs_migrate
            vmware_vmkernel=community.vmware.vmware_vmkernel vmware_vmkernel_facts=community.vmware.vmware_vmkernel_facts
            vmware_vmkernel_info=community.vmware.vmware_vmkernel_info
            vmware_vmkernel_ip_config=community.vmware.vmware_vmkernel_ip_config
            vmware_vmotion=community.vmware.vmware_vmotion vmware_vsan_cluster=community.vmware.vmware_vsan_cluster
            vmware_vsan_health_info=community.vmware.vmware_vsan_health_info
            vmware_vspan_session=community.vmware.vmware_vspan_session vmware_vswitch=community.vmware.vmware_vswitch
            vmware_vswitch_facts=community.vmware.vmware_vswitch_facts
            vmware_vswitch_info=community.vmware.vmware_vswitch_info voss_command=community.network.voss_command
            voss_config=community.network.voss_config voss_facts=community.network.voss_facts
            vr_account_facts=ngine_io.vultr.vultr_account_facts vr_dns_domain=ngine_io.vultr.vultr_dns_domain
            vr_dns_record=ngine_io.vultr.vultr_dns_record vr_firewall_group=ngine_io.vultr.vultr_firewall_group
            vr_firewall_rule=ngine_io.vultr.vultr_firewall_rule vr_server=ngine_io.vultr.vultr_server
            vr_ssh_key=ngine_io.vultr.vultr_ssh_key vr_startup_script=ngine_io.vultr.vultr_startup_script
            vr_user=ngine_io.vultr.vultr_user vsphere_copy=community.vmware.vsphere_copy
            vsphere_file=community.vmware.vsphere_file vultr_account_facts=ngine_io.vultr.vultr_account_info
            vultr_account_info=ngine_io.vultr.vultr_account_info vultr_block_storage=ngine_io.vultr.vultr_block_storage
            vultr_block_storage_facts=ngine_io.vultr.vultr_block_storage_info
            vultr_block_storage_info=ngine_io.vultr.vultr_block_storage_info
            vultr_dns_domain=ngine_io.vultr.vultr_dns_domain vultr_dns_domain_facts=ngine_io.vultr.vultr_dns_domain_info
            vultr_dns_domain_info=ngine_io.vultr.vultr_dns_domain_info vultr_dns_record=ngine_io.vultr.vultr_dns_record
            vultr_firewall_group=ngine_io.vultr.vultr_firewall_group
            vultr_firewall_group_facts=ngine_io.vultr.vultr_firewall_group_info
            vultr_firewall_group_info=ngine_io.vultr.vultr_firewall_group_info
            vultr_firewall_rule=ngine_io.vultr.vultr_firewall_rule vultr_network=ngine_io.vultr.vultr_network
            vultr_network_facts=ngine_io.vultr.vultr_network_info vultr_network_info=ngine_io.vultr.vultr_network_info
            vultr_os_facts=ngine_io.vultr.vultr_os_info vultr_os_info=ngine_io.vultr.vultr_os_info
            vultr_plan_facts=ngine_io.vultr.vultr_plan_info vultr_plan_info=ngine_io.vultr.vultr_plan_info
            vultr_region_facts=ngine_io.vultr.vultr_region_info vultr_region_info=ngine_io.vultr.vultr_region_info
            vultr_server=ngine_io.vultr.vultr_server vultr_server_facts=ngine_io.vultr.vultr_server_info
            vultr_server_info=ngine_io.vultr.vultr_server_info vultr_ssh_key=ngine_io.vultr.vultr_ssh_key
            vultr_ssh_key_facts=ngine_io.vultr.vultr_ssh_key_info vultr_ssh_key_info=ngine_io.vultr.vultr_ssh_key_info
            vultr_startup_script=ngine_io.vultr.vultr_startup_script
            vultr_startup_script_facts=ngine_io.vultr.vultr_startup_script_info
            vultr_startup_script_info=ngine_io.vultr.vultr_startup_script_info vultr_user=ngine_io.vultr.vultr_user
            vultr_user_facts=ngine_io.vultr.vultr_user_info vultr_user_info=ngine_io.vultr.vultr_user_info
            vyos_banner=vyos.vyos.vyos_banner vyos_command=vyos.vyos.vyos_command vyos_config=vyos.vyos.vyos_config
            vyos_facts=vyos.vyos.vyos_facts vyos_firewall_global=vyos.vyos.vyos_firewall_global
            vyos_firewall_interfaces=vyos.vyos.vyos_firewall_interfaces vyos_firewall_rules=vyos.vyos.vyos_firewall_rules
            vyos_interface=vyos.vyos.vyos_interface vyos_interfaces=vyos.vyos.vyos_interfaces
            vyos_l3_interface=vyos.vyos.vyos_l3_interface vyos_l3_interfaces=vyos.vyos.vyos_l3_interfaces
            vyos_lag_interfaces=vyos.vyos.vyos_lag_interfaces vyos_linkagg=vyos.vyos.vyos_linkagg
            vyos_lldp=vyos.vyos.vyos_lldp vyos_lldp_global=vyos.vyos.vyos_lldp_global
            vyos_lldp_interface=vyos.vyos.vyos_lldp_interface vyos_lldp_interfaces=vyos.vyos.vyos_lldp_interfaces
            vyos_logging=vyos.vyos.vyos_logging vyos_ospfv2=vyos.vyos.vyos_ospfv2 vyos_ping=vyos.vyos.vyos_ping
            vyos_static_route=vyos.vyos.vyos_static_route vyos_static_routes=vyos.vyos.vyos_static_routes
            vyos_system=vyos.vyos.vyos_system vyos_user=vyos.vyos.vyos_user vyos_vlan=vyos.vyos.vyos_vlan
            wakeonlan=community.general.wakeonlan webfaction_app=community.general.webfaction_app
            webfaction_db=community.general.webfaction_db webfaction_domain=community.general.webfaction_domain
            webfaction_mailbox=community.general.webfaction_mailbox webfaction_site=community.general.webfaction_site
            win_acl=ansible.windows.win_acl win_acl_inheritance=ansible.windows.win_acl_inheritance
            win_audit_policy_system=ansible.windows.win_audit_policy_system win_audit_rule=ansible.windows.win_audit_rule
            win_certificate_store=ansible.windows.win_certificate_store
            win_chocolatey=chocolatey.chocolatey.win_chocolatey
            win_chocolatey_config=chocolatey.chocolatey.win_chocolatey_config
            win_chocolatey_facts=chocolatey.chocolatey.win_chocolatey_facts
            win_chocolatey_feature=chocolatey.chocolatey.win_chocolatey_feature
            win_chocolatey_source=chocolatey.chocolatey.win_chocolatey_source win_command=ansible.windows.win_command
            win_copy=ansible.windows.win_copy win_credential=ansible.windows.win_credential
            win_defrag=community.windows.win_defrag win_disk_facts=community.windows.win_disk_facts
            win_disk_image=community.windows.win_disk_image win_dns_client=ansible.windows.win_dns_client
            win_dns_record=ansible.windows.win_dns_record win_domain=ansible.windows.win_domain
            win_domain_computer=community.windows.win_domain_computer
            win_domain_controller=ansible.windows.win_domain_controller
            win_domain_group=community.windows.win_domain_group
            win_domain_group_membership=community.windows.win_domain_group_membership
            win_domain_membership=ansible.windows.win_domain_membership win_domain_user=community.windows.win_domain_user
            win_dotnet_ngen=community.windows.win_dotnet_ngen win_dsc=ansible.windows.win_dsc
            win_environment=ansible.windows.win_environment win_eventlog=ansible.windows.win_eventlog
            win_eventlog_entry=community.windows.win_eventlog_entry win_feature=ansible.windows.win_feature
            win_file=ansible.windows.win_file win_file_version=community.windows.win_file_version
            win_find=ansible.windows.win_find win_firewall=ansible.windows.win_firewall
            win_firewall_rule=community.windows.win_firewall_rule win_format=community.windows.win_format
            win_get_url=ansible.windows.win_get_url win_group=ansible.windows.win_group
            win_group_membership=ansible.windows.win_group_membership win_hostname=ansible.windows.win_hostname
            win_hosts=ansible.windows.win_hosts win_hotfix=ansible.windows.win_hotfix
            win_http_proxy=ansible.windows.win_http_proxy
            win_iis_virtualdirectory=community.windows.win_iis_virtualdirectory
            win_iis_webapplication=community.windows.win_iis_webapplication
            win_iis_webapppool=community.windows.win_iis_webapppool
            win_iis_webbinding=community.windows.win_iis_webbinding win_iis_website=community.windows.win_iis_website
            win_inet_proxy=ansible.windows.win_inet_proxy win_initialize_disk=community.windows.win_initialize_disk
            win_lineinfile=community.windows.win_lineinfile win_mapped_drive=ansible.windows.win_mapped_drive
            win_msg=community.windows.win_msg win_netbios=community.windows.win_netbios
            win_nssm=community.windows.win_nssm win_optional_feature=ansible.windows.win_optional_feature
            win_owner=ansible.windows.win_owner win_package=ansible.windows.win_package
            win_pagefile=community.windows.win_pagefile win_partition=community.windows.win_partition
            win_path=ansible.windows.win_path win_pester=community.windows.win_pester win_ping=ansible.windows.win_ping
            win_power_plan=community.windows.win_power_plan win_product_facts=ansible.windows.win_product_facts
            win_psexec=community.windows.win_psexec win_psmodule=community.windows.win_psmodule
            win_psrepository=community.windows.win_psrepository win_rabbitmq_plugin=community.windows.win_rabbitmq_plugin
            win_rds_cap=community.windows.win_rds_cap win_rds_rap=community.windows.win_rds_rap
            win_rds_settings=community.windows.win_rds_settings win_reboot=ansible.windows.win_reboot
            win_reg_stat=ansible.windows.win_reg_stat win_regedit=ansible.windows.win_regedit
            win_region=ansible.windows.win_region win_regmerge=community.windows.win_regmerge
            win_robocopy=community.windows.win_robocopy win_route=ansible.windows.win_route
            win_say=community.windows.win_say win_scheduled_task=community.windows.win_scheduled_task
            win_scheduled_task_stat=community.windows.win_scheduled_task_stat
            win_security_policy=community.windows.win_security_policy win_service=ansible.windows.win_service
            win_share=ansible.windows.win_share win_shell=ansible.windows.win_shell
            win_shortcut=community.windows.win_shortcut win_snmp=community.windows.win_snmp
            win_stat=ansible.windows.win_stat win_tempfile=ansible.windows.win_tempfile
            win_template=ansible.windows.win_template win_timezone=ansible.windows.win_timezone
            win_toast=community.windows.win_toast win_unzip=community.windows.win_unzip
            win_updates=ansible.windows.win_updates win_uri=ansible.windows.win_uri win_user=ansible.windows.win_user
            win_user_profile=ansible.windows.win_user_profile win_user_right=ansible.windows.win_user_right
            win_wait_for=ansible.windows.win_wait_for win_wait_for_process=community.windows.win_wait_for_process
            win_wakeonlan=community.windows.win_wakeonlan win_webpicmd=community.windows.win_webpicmd
            win_whoami=ansible.windows.win_whoami win_xml=community.windows.win_xml x509_crl=community.crypto.x509_crl
            x509_crl_info=community.crypto.x509_crl_info xattr=community.general.xattr xbps=community.general.xbps
            xenserver_facts=community.general.xenserver_facts xenserver_guest=community.general.xenserver_guest
            xenserver_guest_facts=community.general.xenserver_guest_facts
            xenserver_guest_info=community.general.xenserver_guest_info
            xenserver_guest_powerstate=community.general.xenserver_guest_powerstate xfconf=community.general.xfconf
            xfs_quota=community.general.xfs_quota xml=community.general.xml yarn=community.general.yarn
            zabbix_action=community.zabbix.zabbix_action zabbix_group=community.zabbix.zabbix_group
            zabbix_group_facts=community.zabbix.zabbix_group_facts zabbix_group_info=community.zabbix.zabbix_group_info
            zabbix_host=community.zabbix.zabbix_host zabbix_host_events_info=community.zabbix.zabbix_host_events_info
            zabbix_host_facts=community.zabbix.zabbix_host_facts zabbix_host_info=community.zabbix.zabbix_host_info
            zabbix_hostmacro=community.zabbix.zabbix_hostmacro zabbix_maintenance=community.zabbix.zabbix_maintenance
            zabbix_map=community.zabbix.zabbix_map zabbix_mediatype=community.zabbix.zabbix_mediatype
            zabbix_proxy=community.zabbix.zabbix_proxy zabbix_screen=community.zabbix.zabbix_screen
            zabbix_service=community.zabbix.zabbix_service zabbix_template=community.zabbix.zabbix_template
            zabbix_template_info=community.zabbix.zabbix_template_info zabbix_user=community.zabbix.zabbix_user
            zabbix_user_info=community.zabbix.zabbix_user_info zabbix_valuemap=community.zabbix.zabbix_valuemap
            zfs=community.general.zfs zfs_delegate_admin=community.general.zfs_delegate_admin
            zfs_facts=community.general.zfs_facts znode=community.general.znode zpool_facts=community.general.zpool_facts
            zypper=community.general.zypper zypper_repository=community.general.zypper_repository
            """.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { pair -> (String, String)? in
                guard let eq = pair.firstIndex(of: "=") else { return nil }
                return (String(pair[..<eq]), String(pair[pair.index(after: eq)...]))
            })
}
